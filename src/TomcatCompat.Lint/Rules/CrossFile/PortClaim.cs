using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// A TCP port a node binds: the shutdown port, a Connector, or a cluster Receiver, which tries
/// <c>port … port+autoBind-1</c> (tomcat-cluster.md §9; autoBind ≤ 0 counts as 1).
/// </summary>
internal sealed record PortClaim(NodeSpec Node, string What, int Port, int AutoBind, string Address, SourceSpan Source)
{
    public bool IsReceiver => AutoBind > 0;

    public static List<PortClaim> Of(NodeSpec node)
    {
        var claims = new List<PortClaim>();
        if (node.ShutdownPort > 0)
            claims.Add(new(node, "<Server port> (shutdown)", node.ShutdownPort, 0, Normalise(node.ShutdownAddress), CrossFileFacts.At(node.Source)));
        foreach (var connector in CrossFileFacts.Safe(node.Connectors))
        {
            if (connector.Port > 0) // 0 = a random free port
                claims.Add(new(node, $"<Connector port> ({connector.Protocol})", connector.Port, 0, Normalise(connector.Address), CrossFileFacts.At(connector.Source, node.Source)));
        }

        foreach (var cluster in CrossFileFacts.Clusters(node))
        {
            var receiver = cluster.Channel.Receiver;
            var port = CrossFileFacts.IntAttribute(receiver, "port") ?? 4000;
            var autoBind = Math.Max(1, CrossFileFacts.IntAttribute(receiver, "autoBind") ?? 100);
            var address = CrossFileFacts.Attribute(receiver, "address") ?? CrossFileFacts.Attribute(receiver, "host") ?? "auto";
            if (port > 0)
                claims.Add(new(node, $"<Receiver port> (autoBind={autoBind})", port, autoBind, Normalise(address), CrossFileFacts.At(receiver.Source, cluster.Source)));
        }

        return claims;
    }

    /// <summary>Two binds collide when either is on every address or both name the same one.</summary>
    public bool AddressOverlaps(PortClaim other) => Address == "*" || other.Address == "*" || Address == other.Address;

    private static string Normalise(string? address)
    {
        var a = address?.Trim().Trim('[', ']').ToLowerInvariant() ?? "";
        return a switch
        {
            "" or "0.0.0.0" or "::" or "*" => "*",
            "localhost" or "::1" or "ip6-localhost" => "loopback",
            _ when a.StartsWith("127.", StringComparison.Ordinal) => "loopback",
            _ => a,
        };
    }
}
