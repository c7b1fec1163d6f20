using System.Collections.Immutable;
using System.Net;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.Connectors;

namespace TomcatCompat.Node.Local;

/// <summary>
/// <c>ajp://</c> members go over AJP to their node's AJP connector. When that connector is not opened
/// (TC4506: a Tomcat 8-era config without <c>secret</c>, which Tomcat 9.0.31+ refuses too, or TC4500),
/// the member is forwarded to the node's HTTP connector instead, so such a config still runs; every
/// moved member is reported. Members of nodes that serve AJP are untouched. Pure.
/// </summary>
public static class AjpMemberFallback
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
                if (!string.Equals(m.Scheme, "ajp", StringComparison.OrdinalIgnoreCase) || Node(topology, m) is not { } node
                    || ServesAjp(node, m.Port) || HttpConnector(node) is not { } http)
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

    private static NodeSpec? Node(Topology topology, BalancerMember member) =>
        topology.Nodes.FirstOrDefault(n => n.Name == member.Node)
        ?? topology.Nodes.FirstOrDefault(n => member.Route is not null && n.JvmRoute == member.Route);

    /// <summary>True when the node opens an AJP connector on <paramref name="port"/> (the Node's own rule, diagnostics discarded).</summary>
    private static bool ServesAjp(NodeSpec node, int port) =>
        node.Connectors.Any(c => c.Scheme == "ajp" && c.Port == port && AjpConnectorSetup.Create(c, _ => IPAddress.Loopback, new DiagnosticBag()) is not null);

    private static Connector? HttpConnector(NodeSpec node) =>
        node.Connectors.FirstOrDefault(c => c.Scheme == "http" && c.Attributes.GetValueOrDefault("SSLEnabled") != "true");
}
