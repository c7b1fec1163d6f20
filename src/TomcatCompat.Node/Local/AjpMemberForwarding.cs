using System.Collections.Immutable;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Local;

/// <summary>
/// Until the node serves AJP (issue 7), an <c>ajp://</c> balancer member is forwarded to the HTTP
/// connector of the node it is bound to. Pure: returns the changed topology and the members moved.
/// </summary>
public static class AjpMemberForwarding
{
    public static (Topology Topology, ImmutableArray<(string From, string To)> Moved) Apply(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var moved = ImmutableArray.CreateBuilder<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var balancers = topology.Balancers.Select(b => b with
        {
            Members = [.. b.Members.Select(m =>
            {
                if (!string.Equals(m.Scheme, "ajp", StringComparison.OrdinalIgnoreCase) || Target(topology, m) is not { } http)
                    return m;
                var host = LocalAddressMap.IsWildcard(http.Address) ? m.Host : http.Address!;
                var changed = m with { Scheme = "http", Host = host, Port = http.Port, Url = LocalRemap.MemberUrl("http", host, http.Port, m.Path) };
                if (seen.Add(m.Url))
                    moved.Add((m.Url, changed.Url));
                return changed;
            })],
        }).ToImmutableArray();
        return (topology with { Balancers = balancers }, moved.ToImmutable());
    }

    private static Connector? Target(Topology topology, BalancerMember member)
    {
        var node = topology.Nodes.FirstOrDefault(n => n.Name == member.Node)
            ?? topology.Nodes.FirstOrDefault(n => member.Route is not null && n.JvmRoute == member.Route);
        return node?.Connectors.FirstOrDefault(c => c.Scheme == "http" && c.Attributes.GetValueOrDefault("SSLEnabled") != "true");
    }
}
