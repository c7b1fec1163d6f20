using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2150: a server-level <c>ProxyPass</c> (or exclusion) that an earlier rule of the same server
/// already covers. httpd tries the rules in order and the first prefix match wins; for a virtual
/// host the main server's rules come first (httpd-proxy.md §2.3 rules 3–5, trap 7), so the later
/// rule never applies.
/// </summary>
internal sealed class ProxyPassShadowed : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2150", DiagnosticSeverity.Warning, "ProxyPass shadowed by an earlier rule",
        "ProxyPass \"{0}\" never applies: the earlier ProxyPass \"{1}\" at {2} already matches every URL it would (first match wins); move this line above it");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var byScope = new Dictionary<string, List<Mount>>(StringComparer.Ordinal);
        foreach (var m in CrossFileFacts.Safe(context.Topology.Mounts))
        {
            if (!HttpdFacts.IsPrefixProxyPass(m))
                continue;
            if (!byScope.TryGetValue(m.Scope, out var list))
                byScope[m.Scope] = list = [];
            list.Add(m);
        }

        // Every main-server rule precedes every rule of a virtual host.
        var main = new Dictionary<string, Mount>(StringComparer.Ordinal);
        foreach (var m in Ordered(byScope.GetValueOrDefault("main")))
            main.TryAdd(HttpdFacts.CollapseSlashes(m.Path), m);

        foreach (var (scope, mounts) in byScope)
        {
            var isMain = scope == "main";
            var seen = new Dictionary<string, Mount>(StringComparer.Ordinal);
            foreach (var m in Ordered(mounts))
            {
                var path = HttpdFacts.CollapseSlashes(m.Path);
                var cover = HttpdFacts.FirstCovering(path, isMain ? null : main, seen);
                if (cover is not null)
                    diagnostics.Add(Rule, CrossFileFacts.At(m.Source), Describe(m), Describe(cover), CrossFileFacts.At(cover.Source));
                seen.TryAdd(path, m);
            }
        }
    }

    private static IEnumerable<Mount> Ordered(List<Mount>? mounts) =>
        mounts is null ? [] : mounts.OrderBy(m => m.Order);

    private static string Describe(Mount m) => m.Path + " " + (m.Exclude ? "!" : m.Target ?? "");
}
