using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2151: a <c>&lt;Location /balancer-manager&gt;</c> with <c>SetHandler balancer-manager</c>
/// whose path a server-level <c>ProxyPass</c> (typically <c>ProxyPass /</c>) matches first.
/// ProxyPass wins over SetHandler, so the manager page is proxied to the backends unless an
/// exclusion <c>ProxyPass /balancer-manager !</c> comes before it (httpd-proxy.md §3.10, trap 21).
/// </summary>
internal sealed class BalancerManagerSwallowed : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2151", DiagnosticSeverity.Warning, "balancer-manager swallowed by ProxyPass",
        "<Location \"{0}\"> with SetHandler balancer-manager is never reached: ProxyPass \"{1}\" at {2} sends \"{0}\" to the backends first; add \"ProxyPass {0} !\" before that line");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var mounts = CrossFileFacts.Safe(context.Topology.Mounts).Where(HttpdFacts.IsPrefixProxyPass).OrderBy(m => m.Order).ToList();
        var reported = new HashSet<(string, int, int)>();
        foreach (var host in CrossFileFacts.Safe(context.Topology.VirtualHosts))
        {
            foreach (var manager in CrossFileFacts.Safe(host.BalancerManagers))
            {
                if (!manager.Path.StartsWith('/') || manager.Path.AsSpan().IndexOfAny("^$*?[]()|\\") >= 0)
                    continue;
                var first = FirstMatch(mounts, host, HttpdFacts.CollapseSlashes(manager.Path));
                var at = CrossFileFacts.At(manager.Source);
                if (first is { Exclude: false } && reported.Add((at.File, at.Line, first.Order)))
                    diagnostics.Add(Rule, at, manager.Path, first.Path + " " + first.Target, CrossFileFacts.At(first.Source));
            }
        }
    }

    // Main-server rules first, then the virtual host's own (§2.3 rule 3).
    private static Mount? FirstMatch(List<Mount> mounts, VirtualHostSpec host, string path)
    {
        var single = new Dictionary<string, Mount>(1, StringComparer.Ordinal);
        foreach (var pass in host.IsMain ? new[] { "main" } : ["main", host.Id])
        {
            foreach (var m in mounts)
            {
                if (!string.Equals(m.Scope, pass, StringComparison.Ordinal))
                    continue;
                single.Clear();
                single[HttpdFacts.CollapseSlashes(m.Path)] = m;
                if (HttpdFacts.FirstCovering(path, single) is not null)
                    return m;
            }
        }

        return null;
    }
}
