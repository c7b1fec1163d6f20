using System.Buffers;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2157: <c>&lt;IfVersion 2.4&gt;</c> (no operator, or <c>=</c>/<c>==</c>) with a version of
/// fewer than three parts. mod_version counts missing parts as 0, so it means exactly 2.4.0 and is
/// false on every later 2.4 release (httpd-proxy.md §1.8, trap 6). The evaluated tree no longer
/// shows the condition, so the rule reads the raw lines.
/// </summary>
internal sealed class IfVersionExact : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2157", DiagnosticSeverity.Warning, "IfVersion means exactly that version",
        "<IfVersion {0}> means exactly version {1} (missing parts count as 0), so it is false on httpd {2} and its body is skipped; write <IfVersion >= {3}> or give the full version");

    // Vectorised, case-insensitive: most files have no <IfVersion> and are skipped after one scan.
    private static readonly SearchValues<string> IfVersion = SearchValues.Create(["<IfVersion"], StringComparison.OrdinalIgnoreCase);

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var kinds = CrossFileFacts.Safe(context.Topology.Files).ToDictionary(f => f.Path, f => f.Kind, StringComparer.Ordinal);
        foreach (var file in context.Files)
        {
            if (file.Text.AsSpan().IndexOfAny(IfVersion) < 0
                || (kinds.TryGetValue(file.DisplayPath, out var kind) && kind != "httpd"))
                continue;
            var lineNo = 0;
            foreach (var raw in file.Text.AsSpan().EnumerateLines())
            {
                lineNo++;
                var line = raw.TrimStart();
                if (line.StartsWith("<IfVersion", StringComparison.OrdinalIgnoreCase) && line.Length > 10 && char.IsWhiteSpace(line[10]))
                    Inspect(line[10..].ToString(), file, lineNo, raw.Length - line.Length + 1, context.Options.HttpdVersion, diagnostics);
            }
        }
    }

    private static void Inspect(string rest, SourceFile file, int line, int column, string httpdVersion, DiagnosticBag diagnostics)
    {
        var close = rest.LastIndexOf('>');
        var words = (close >= 0 ? rest[..close] : rest).Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var (op, version) = words.Length switch
        {
            1 => ("", words[0]),
            2 => (words[0], words[1]),
            _ => (null, ""),
        };
        version = version.Trim('"', '\'');
        if (op is not ("" or "=" or "==") || !IsShortVersion(version))
            return;
        var exact = version.Contains('.') ? version + ".0" : version + ".0.0";
        diagnostics.Add(Rule, file.Span(line, column), string.Join(' ', words), exact, httpdVersion, version);
    }

    /// <summary>"2" or "2.4": digits with at most one dot.</summary>
    private static bool IsShortVersion(string v)
    {
        var parts = v.Split('.');
        return parts.Length <= 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }
}
