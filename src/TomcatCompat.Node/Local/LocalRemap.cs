using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Local;

/// <summary>
/// <c>run --local</c> as a pure function over the Topology: every distinct non-loopback address the
/// topology names (balancer member hosts, Connector and Receiver addresses, static members, Listen
/// and VirtualHost addresses, then ServerName) gets its own loopback address 127.0.1.N in order of
/// first appearance; ports stay, except that ports below 1024 move up by the port offset. A node
/// with no address of its own takes the one its balancer members name; httpd listening on every
/// address listens on the balancer's address. Multicast membership becomes static membership of
/// the local nodes. Nothing here resolves a name or opens a socket.
/// </summary>
public static partial class LocalRemap
{
    /// <summary>Default <c>--port-offset</c> under <c>--local</c>: Listen 80 becomes 8080.</summary>
    public const int DefaultPortOffset = 8000;

    public static LocalRemapResult Apply(Topology topology, int portOffset = DefaultPortOffset)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var map = new LocalAddressMap();
        foreach (var member in topology.Balancers.SelectMany(b => b.Members))
            map.Note(member.Host);
        foreach (var node in topology.Nodes)
            NoteNode(node, map);
        foreach (var listen in topology.Listens)
            map.Note(listen.Address);
        foreach (var vhost in topology.VirtualHosts)
        {
            foreach (var address in vhost.Addresses)
                map.Note(SplitAddress(address).Host);
        }

        var serverName = topology.VirtualHosts.Select(v => v.ServerName).FirstOrDefault(n => !string.IsNullOrEmpty(n));
        var serverHost = serverName is null ? null : SplitAddress(serverName).Host;
        var balancerAddress = topology.Listens.Select(l => l.Address).FirstOrDefault(a => !LocalAddressMap.IsWildcard(a)) is { } listened
            ? map.Map(listened)!
            : serverHost is not null && !LocalAddressMap.IsWildcard(serverHost) && !LocalAddressMap.IsLoopback(serverHost) ? map.Fresh(serverHost) : "127.0.0.1";

        var nodeAddresses = NodeAddresses(topology, map);
        var multicast = MulticastGroups(topology, nodeAddresses, map, portOffset);
        var remapped = topology with
        {
            Balancers = [.. topology.Balancers.Select(b => b with { Members = [.. b.Members.Select(m => Member(m, map, portOffset))] })],
            Listens = [.. topology.Listens.Select(l => l with
            {
                Address = LocalAddressMap.IsWildcard(l.Address) ? balancerAddress : map.Map(l.Address),
                Port = Offset(l.Port, portOffset),
            })],
            VirtualHosts = [.. topology.VirtualHosts.Select(v => v with { Addresses = [.. v.Addresses.Select(a => VirtualHostAddress(a, map, portOffset))] })],
            Nodes = [.. topology.Nodes.Select(n => Node(n, nodeAddresses[n.Name], map, portOffset, multicast))],
        };
        return new LocalRemapResult(remapped, [.. map.Order], [.. multicast.Keys.Order(StringComparer.Ordinal)], balancerAddress);
    }

    /// <summary>Ports below 1024 (privileged) move up by the offset; others stay.</summary>
    public static int Offset(int port, int portOffset) => port is > 0 and < 1024 ? port + portOffset : port;

    private static BalancerMember Member(BalancerMember m, LocalAddressMap map, int portOffset)
    {
        var host = map.Map(m.Host)!;
        var port = Offset(m.Port, portOffset);
        return m with { Host = host, Port = port, Url = MemberUrl(m.Scheme, host, port, m.Path) };
    }

    internal static string MemberUrl(string scheme, string host, int port, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{scheme}://{(host.Contains(':') && !host.StartsWith('[') ? "[" + host + "]" : host)}:{port}{path}");

    private static string VirtualHostAddress(string address, LocalAddressMap map, int portOffset)
    {
        var (host, port) = SplitAddress(address);
        var mapped = LocalAddressMap.IsWildcard(host) ? host : map.Map(host);
        return port is null ? mapped! : mapped + ":" + (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Offset(p, portOffset).ToString(CultureInfo.InvariantCulture) : port);
    }

    /// <summary>Splits <c>host[:port]</c> (and <c>[v6]:port</c>).</summary>
    internal static (string Host, string? Port) SplitAddress(string address)
    {
        if (address.StartsWith('['))
        {
            var close = address.IndexOf(']');
            return close < 0 ? (address, null) : (address[..(close + 1)], close + 2 <= address.Length - 1 && address[close + 1] == ':' ? address[(close + 2)..] : null);
        }

        var colon = address.IndexOf(':');
        return colon < 0 || address.IndexOf(':', colon + 1) >= 0 ? (address, null) : (address[..colon], address[(colon + 1)..]);
    }
}
