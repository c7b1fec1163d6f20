using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Local;

// The Tomcat side: connectors, the shutdown port, receivers and membership.
public static partial class LocalRemap
{
    private const string TribesMembership = "org.apache.catalina.tribes.membership.";

    private static void NoteNode(NodeSpec node, LocalAddressMap map)
    {
        foreach (var connector in node.Connectors)
            map.Note(connector.Address);
        foreach (var cluster in Clusters(node))
        {
            map.Note(cluster.Channel.Receiver.Attributes.GetValueOrDefault("address"));
            map.Note(cluster.Channel.Receiver.Attributes.GetValueOrDefault("bind"));
            foreach (var member in cluster.Channel.Membership.Members)
                map.Note(member.Attributes.GetValueOrDefault("host"));
            map.Note(cluster.Channel.Membership.LocalMember?.Attributes.GetValueOrDefault("host"));
        }
    }

    private static IEnumerable<ClusterSpec> Clusters(NodeSpec node) =>
        new[] { node.Cluster }.Concat(node.Hosts.Select(h => h.Cluster)).OfType<ClusterSpec>();

    /// <summary>Each node's own loopback address: its connector's, else what its balancer members name, else its receiver's, else a fresh one.</summary>
    private static Dictionary<string, string> NodeAddresses(Topology topology, LocalAddressMap map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in topology.Nodes)
        {
            var address = node.Connectors.Select(c => c.Address).FirstOrDefault(a => !LocalAddressMap.IsWildcard(a))
                ?? topology.Balancers.SelectMany(b => b.Members).FirstOrDefault(m => m.Node == node.Name)?.Host
                ?? Clusters(node).Select(c => c.Channel.Receiver.Attributes.GetValueOrDefault("address")).FirstOrDefault(map.IsMapped);
            result.TryAdd(node.Name, address is null ? map.Fresh("node:" + node.Name) : map.Map(address)!);
        }

        return result;
    }

    /// <summary>Nodes with multicast membership, grouped by multicast address and port → the static members of their group.</summary>
    private static Dictionary<string, ImmutableArray<ComponentSpec>> MulticastGroups(
        Topology topology, Dictionary<string, string> nodeAddresses, LocalAddressMap map, int portOffset)
    {
        var groups = topology.Nodes
            .Where(n => n.Cluster?.Channel.Membership.Mode == "multicast")
            .GroupBy(n => n.Cluster!.Channel.Membership.Service.Attributes.GetValueOrDefault("address", "228.0.0.4") + ":" +
                          n.Cluster!.Channel.Membership.Service.Attributes.GetValueOrDefault("port", "45564"), StringComparer.Ordinal);
        var result = new Dictionary<string, ImmutableArray<ComponentSpec>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Select((n, i) => new ComponentSpec
            {
                ClassName = TribesMembership + "StaticMember",
                Kind = "StaticMember",
                Implicit = true,
                Attributes = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
                {
                    ["host"] = ReceiverAddress(n.Cluster!.Channel.Receiver, nodeAddresses[n.Name], map),
                    ["port"] = Offset(ReceiverPort(n.Cluster!.Channel.Receiver), portOffset).ToString(CultureInfo.InvariantCulture),
                    ["uniqueId"] = "{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0," + (i + 1).ToString(CultureInfo.InvariantCulture) + "}",
                }),
                Source = n.Cluster!.Channel.Membership.Service.Source,
            }).ToImmutableArray();
            foreach (var node in group)
                result[node.Name] = members;
        }

        return result;
    }

    private static NodeSpec Node(NodeSpec n, string address, LocalAddressMap map, int portOffset, Dictionary<string, ImmutableArray<ComponentSpec>> multicast)
    {
        var staticMembers = multicast.TryGetValue(n.Name, out var m) ? m : default;
        return n with
        {
            Connectors = [.. n.Connectors.Select(c => Connector(c, address, map, portOffset))],
            ShutdownAddress = LocalAddressMap.IsWildcard(n.ShutdownAddress) || LocalAddressMap.IsLoopback(n.ShutdownAddress) ? address : map.Map(n.ShutdownAddress)!,
            ShutdownPort = Offset(n.ShutdownPort, portOffset),
            Cluster = n.Cluster is null ? null : Cluster(n.Cluster, address, map, portOffset, staticMembers),
            Hosts = [.. n.Hosts.Select(h => h.Cluster is null ? h : h with { Cluster = Cluster(h.Cluster, address, map, portOffset, default) })],
        };
    }

    private static Connector Connector(Connector c, string nodeAddress, LocalAddressMap map, int portOffset)
    {
        var address = LocalAddressMap.IsWildcard(c.Address) ? nodeAddress : map.Map(c.Address)!;
        var port = Offset(c.Port, portOffset);
        return c with
        {
            Address = address,
            Port = port,
            Attributes = c.Attributes.SetItem("address", address).SetItem("port", port.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static ClusterSpec Cluster(ClusterSpec cluster, string nodeAddress, LocalAddressMap map, int portOffset, ImmutableArray<ComponentSpec> staticMembers)
    {
        var channel = cluster.Channel;
        var receiver = channel.Receiver;
        var attributes = receiver.Attributes
            .SetItem("address", ReceiverAddress(receiver, nodeAddress, map))
            .SetItem("port", Offset(ReceiverPort(receiver), portOffset).ToString(CultureInfo.InvariantCulture));
        if (attributes.ContainsKey("bind"))
            attributes = attributes.SetItem("bind", attributes["address"]);
        var membership = channel.Membership;
        membership = staticMembers.IsDefault
            ? membership with
            {
                Members = [.. membership.Members.Select(s => StaticMember(s, map, portOffset))],
                LocalMember = membership.LocalMember is null ? null : StaticMember(membership.LocalMember, map, portOffset),
            }
            : new MembershipSpec
            {
                Mode = "static",
                Service = new ComponentSpec { ClassName = TribesMembership + "StaticMembershipService", Kind = "StaticMembershipService", Implicit = true, Source = membership.Service.Source },
                Members = staticMembers,
            };
        return cluster with { Channel = channel with { Receiver = receiver with { Attributes = attributes }, Membership = membership } };
    }

    private static ComponentSpec StaticMember(ComponentSpec member, LocalAddressMap map, int portOffset)
    {
        var attributes = member.Attributes;
        if (attributes.GetValueOrDefault("host") is { } host)
            attributes = attributes.SetItem("host", map.Map(host)!);
        if (int.TryParse(attributes.GetValueOrDefault("port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            attributes = attributes.SetItem("port", Offset(port, portOffset).ToString(CultureInfo.InvariantCulture));
        return member with { Attributes = attributes };
    }

    /// <summary>The receiver's address under --local: auto, wildcard or loopback become the node's own address.</summary>
    private static string ReceiverAddress(ComponentSpec receiver, string nodeAddress, LocalAddressMap map)
    {
        var address = receiver.Attributes.GetValueOrDefault("bind") is { Length: > 0 } bind ? bind : receiver.Attributes.GetValueOrDefault("address", "auto");
        return LocalAddressMap.IsWildcard(address) || LocalAddressMap.IsLoopback(address) || string.Equals(address, "auto", StringComparison.OrdinalIgnoreCase)
            ? nodeAddress
            : map.Map(address)!;
    }

    private static int ReceiverPort(ComponentSpec receiver) =>
        int.TryParse(receiver.Attributes.GetValueOrDefault("port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 4000;
}
