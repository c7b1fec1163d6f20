using System.Globalization;
using System.Reflection;
using System.Text;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Cluster.Diagnostics;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint;
using TomcatCompat.Node.Diagnostics;
using TomcatCompat.SessionStores.Diagnostics;

namespace TomcatCompat.Cli.Tests;

/// <summary>
/// Builds docs/rules/index.md from the four code catalogs, so the index cannot drift from the
/// code: <see cref="ConfigDiagnostics.All"/> (front ends and binders, reported by import and lint),
/// <see cref="RuleCatalog.Rules"/> (lint only), <see cref="ClusterDiagnostics.All"/> and
/// <see cref="BalancerDiagnostics.All"/> (run only).
/// </summary>
internal static class RulesIndexGenerator
{
    /// <summary>One table of the index: a code range with its heading (STYLE §3.3 ranges, ConfigDiagnostics' sub-ranges).</summary>
    internal sealed record Group(int From, int To, string Heading);

    /// <summary>Top-level sections by thousand, each split into the sub-ranges of its areas.</summary>
    internal static readonly (string Heading, string Intro, Group[] Groups)[] Sections =
    [
        ("TC1xxx: cannot read or parse",
            "A file is missing or unreadable, or its syntax is wrong as the real program reads it. These findings cannot be suppressed.",
            [
                new(1000, 1099, "Reading files and inputs"),
                new(1100, 1299, "httpd syntax and preprocessing (Include, IfDefine, Define, sections)"),
                new(1300, 1399, "mod_jk properties syntax"),
                new(1400, 1499, "XML syntax (server.xml, context.xml, web.xml)"),
            ]),
        ("TC2xxx: one file's meaning",
            "The file parses, but a value, directive, element or attribute is wrong or suspicious on its own.",
            [
                new(2000, 2199, "httpd"),
                new(2200, 2399, "mod_jk (workers.properties, uriworkermap.properties, Jk directives)"),
                new(2400, 2599, "server.xml and context.xml"),
                new(2600, 2699, "web.xml"),
                new(2700, 2749, "Session store managers (Redisson, RedisSessionManager, memcached-session-manager) and Redisson's YAML"),
            ]),
        ("TC3xxx: across files",
            "httpd and mod_jk against the Tomcat nodes, and the nodes against each other.",
            [
                new(3000, 3099, "Binding members to nodes, and input discovery"),
                new(3100, 3199, "Cross-file rules"),
            ]),
        ("TC4xxx: unsupported",
            "Valid configuration that `run` does not reproduce (it is parsed and shown by import), and what `run` finds when it builds the cluster and the balancer.",
            [
                new(4000, 4099, "httpd"),
                new(4100, 4199, "mod_jk"),
                new(4200, 4299, "Tomcat"),
                new(4300, 4399, "Cluster at run time"),
                new(4400, 4499, "Balancer at run time"),
                new(4500, 4599, "Node at run time"),
                new(4700, 4729, "Session stores at run time"),
            ]),
    ];

    /// <summary>Ranges where a code belongs to a lint rule rather than to a front end (the rest of TC1xxx–TC3xxx).</summary>
    internal static readonly (int From, int To)[] LintRuleRanges = [(2150, 2199), (2350, 2399), (2550, 2599), (2650, 2699), (3100, 3199)];

    /// <summary>Every descriptor of every catalog with the verbs that report it; a code in two catalogs appears twice.</summary>
    public static IReadOnlyList<(DiagnosticDescriptor Descriptor, string ReportedBy)> AllCodes() =>
    [
        .. ConfigDiagnostics.All.Select(d => (d, "import, lint")),
        .. RuleCatalog.Rules.Select(r => (r.Descriptor, "lint")),
        .. ClusterDiagnostics.All.Select(d => (d, "run")),
        .. BalancerDiagnostics.All.Select(d => (d, "run")),
        .. NodeDiagnostics.All.Select(d => (d, "run")),
        .. StoreDiagnostics.All.Select(d => (d, "run")),
    ];

    /// <summary>The descriptors BalancerDiagnostics declares as fields, found by reflection (to check its hand-written All).</summary>
    public static IEnumerable<DiagnosticDescriptor> BalancerFields() =>
        typeof(BalancerDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    public static int Number(string code) => int.Parse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);

    public static Group? GroupOf(string code)
    {
        var n = Number(code);
        return Sections.SelectMany(s => s.Groups).FirstOrDefault(g => n >= g.From && n <= g.To);
    }

    public static string Generate()
    {
        var codes = AllCodes().OrderBy(c => c.Descriptor.Code, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("# Diagnostic codes\n\n");
        text.Append("Every code TomcatCompat reports, with its default severity and title; each code links to its page\n");
        text.Append("(what it flags, why, a flagged and a fixed example, what is not flagged, how to suppress it), which\n");
        text.Append("`tomcatcompat explain TCnnnn` prints too. Codes are permanent: never reused or re-pointed.\n\n");
        text.Append("*Reported by* says which verb can report the code: `import, lint` for the front ends and binders,\n");
        text.Append("`lint` for lint rules, `run` for the cluster's and the balancer's start-up checks. Severity states\n");
        text.Append("certainty: **error**, the real httpd or Tomcat refuses the configuration or it cannot work; **warning**,\n");
        text.Append("very likely wrong; **info**, advice. See [lint.md](../lint.md) for suppression and exit codes.\n\n");
        text.Append("This file is generated from the catalogs by `RulePagesTests` in tests/TomcatCompat.Cli.Tests; after adding a\n");
        text.Append("code, run that test with `UPDATE_RULES_INDEX=1` to rewrite it.\n");
        foreach (var (heading, intro, groups) in Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n{intro}\n");
            foreach (var group in groups)
            {
                var inGroup = codes.Where(c => Number(c.Descriptor.Code) >= group.From && Number(c.Descriptor.Code) <= group.To).ToList();
                if (inGroup.Count == 0)
                    continue;
                text.Append(CultureInfo.InvariantCulture, $"\n### TC{group.From}–TC{group.To}: {group.Heading}\n\n");
                text.Append("| Code | Severity | Title | Reported by |\n|---|---|---|---|\n");
                foreach (var (d, reportedBy) in inGroup)
                {
                    var severity = d.DefaultSeverity.ToString().ToLowerInvariant();
                    text.Append(CultureInfo.InvariantCulture, $"| [{d.Code}]({d.Code}.md) | {severity} | {Cell(d.Title)} | {reportedBy} |\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A title as a Markdown table cell: a bare | would split the row.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
