using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2159: a ProxyPass to a balancer without a ProxyPassReverse for that balancer (or one of its
/// members) in the same server. Redirects from Tomcat (<c>/app</c> → <c>/app/</c>, login pages)
/// then reach the client with the member's own URL in <c>Location</c>, bypassing the balancer
/// (httpd-proxy.md §2.11).
/// </summary>
internal sealed class ProxyPassReverseMissing : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2159", DiagnosticSeverity.Warning, "ProxyPass to a balancer without ProxyPassReverse",
        "ProxyPass \"{0}\" to \"{1}\" has no matching ProxyPassReverse, so redirects from the backends reach clients with member URLs such as \"{2}\" in the Location header; add ProxyPassReverse {0} {1}");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var topology = context.Topology;
        var hosts = CrossFileFacts.Safe(topology.VirtualHosts).GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var balancers = new Dictionary<(string, string), BalancerSpec>();
        foreach (var b in CrossFileFacts.Safe(topology.Balancers))
        {
            if (HttpdFacts.IsHttpd(b))
                balancers.TryAdd((b.Scope, b.Name), b);
        }

        var seen = new HashSet<(string, string)>();
        foreach (var m in CrossFileFacts.Safe(topology.Mounts))
        {
            if (m.Kind is not (MountKind.ProxyPass or MountKind.ProxyPassMatch) || m.Exclude || m.Balancer is not { } name)
                continue;
            // One verdict per balancer and server keeps this linear in the number of mounts.
            if (!seen.Add((m.Scope, name)))
                continue;
            var balancer = balancers.GetValueOrDefault((m.Scope, name)) ?? balancers.GetValueOrDefault(("main", name));
            var members = balancer is null ? [] : CrossFileFacts.Safe(balancer.Members);
            if (Covered(hosts.GetValueOrDefault(m.Scope), name, members) || Covered(hosts.GetValueOrDefault("main"), name, members))
                continue;
            var example = members.IsEmpty ? "http://member:port" : members[0].Url;
            diagnostics.Add(Rule, CrossFileFacts.At(m.Source), m.IsRegex ? "/" : m.Path, m.IsRegex ? name + "/" : m.Target, example);
        }
    }

    private static bool Covered(VirtualHostSpec? host, string balancer, System.Collections.Immutable.ImmutableArray<BalancerMember> members)
    {
        if (host is null)
            return false;
        foreach (var rule in CrossFileFacts.Safe(host.ProxyPassReverse))
        {
            var target = rule.Internal.TrimEnd('/');
            if (target.StartsWith(balancer, StringComparison.OrdinalIgnoreCase) && (target.Length == balancer.Length || target[balancer.Length] == '/'))
                return true;
            foreach (var member in members)
            {
                if (target.StartsWith(member.Url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }

        return false;
    }
}
