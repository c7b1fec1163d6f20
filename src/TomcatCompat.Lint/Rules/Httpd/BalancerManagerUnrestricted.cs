using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2156: a <c>&lt;Location&gt;</c> with <c>SetHandler balancer-manager</c> and no restricting
/// <c>Require</c> (none at all, or <c>Require all granted</c>). The manager can disable members,
/// change routes and load factors and add members (httpd-proxy.md §3.10); the httpd docs and
/// Debian's proxy_balancer.conf restrict it (<c>Require local</c>, <c>Require host</c>, <c>Require ip</c>).
/// </summary>
internal sealed class BalancerManagerUnrestricted : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2156", DiagnosticSeverity.Warning, "balancer-manager open to everyone",
        "<Location \"{0}\"> with SetHandler balancer-manager has {1}, so anyone who can reach this server can disable members and change the balancer; add Require local or Require ip <admin network> inside it");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<(string, int)>();
        foreach (var host in CrossFileFacts.Safe(context.Topology.VirtualHosts))
        {
            // A virtual host's list repeats the main server's managers; report each Location once.
            foreach (var manager in CrossFileFacts.Safe(host.BalancerManagers))
            {
                var at = CrossFileFacts.At(manager.Source);
                var requires = CrossFileFacts.Safe(manager.Require);
                var open = requires.IsEmpty ? "no Require line"
                    : requires.FirstOrDefault(IsAllGranted) is { } granted ? "\"Require " + granted + "\"" : null;
                if (open is not null && seen.Add((at.File, at.Line)))
                    diagnostics.Add(Rule, at, manager.Path, open);
            }
        }
    }

    private static bool IsAllGranted(string require)
    {
        var words = require.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0].Equals("all", StringComparison.OrdinalIgnoreCase)
            && words[1].Equals("granted", StringComparison.OrdinalIgnoreCase);
    }
}
