using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// Whether two nodes run on one machine. Config files do not say, so: members bound to both name
/// a common host → same; members name only different hosts → different; otherwise explicit
/// non-local addresses (Connector, Receiver, Server) that are all different → different; else same
/// (the usual layout when several CATALINA_BASEs are imported together).
/// </summary>
internal sealed class MachineGuess
{
    private readonly Dictionary<string, HashSet<string>> _memberHosts = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeSpec, HashSet<string>> _addresses = new(ReferenceEqualityComparer.Instance);

    public MachineGuess(Topology topology)
    {
        foreach (var balancer in CrossFileFacts.Safe(topology.Balancers))
        {
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (member.Node is not { } node)
                    continue;
                if (!_memberHosts.TryGetValue(node, out var hosts))
                    _memberHosts[node] = hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                hosts.Add(CrossFileFacts.IsLocal(member.Host) ? "loopback" : member.Host);
            }
        }
    }

    public bool Same(NodeSpec a, NodeSpec b)
    {
        if (_memberHosts.TryGetValue(a.Name, out var ha) && _memberHosts.TryGetValue(b.Name, out var hb))
            return ha.Overlaps(hb);
        var aa = Addresses(a);
        var ab = Addresses(b);
        return aa.Count == 0 || ab.Count == 0 || aa.Overlaps(ab);
    }

    private HashSet<string> Addresses(NodeSpec node)
    {
        if (_addresses.TryGetValue(node, out var known))
            return known;
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in PortClaim.Of(node))
        {
            if (claim.Address is not ("*" or "loopback" or "auto"))
                set.Add(claim.Address);
        }

        return _addresses[node] = set;
    }
}
