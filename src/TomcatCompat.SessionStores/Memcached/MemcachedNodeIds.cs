namespace TomcatCompat.SessionStores.Memcached;

/// <summary>MSM's session id format: <c>&lt;random hex&gt;-&lt;memcached node id&gt;[.&lt;jvmRoute&gt;]</c>.</summary>
internal static class MemcachedNodeIds
{
    /// <summary>The node id inside a session id, or null when it has none.</summary>
    public static string? NodeIdOf(string sessionId)
    {
        var dot = sessionId.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? sessionId : sessionId[..dot];
        var dash = head.LastIndexOf('-');
        return dash < 0 || dash == head.Length - 1 ? null : head[(dash + 1)..];
    }

    /// <summary>The suffix for a new session: <c>-n1</c> for the first reachable regular node.</summary>
    public static string? SuffixFor(MemcachedClient client)
    {
        var node = client.Nodes.FirstOrDefault(n => !n.IsFailover && client.IsAvailable(n))
            ?? client.Nodes.FirstOrDefault(client.IsAvailable)
            ?? client.Nodes.FirstOrDefault();
        return node is null ? null : "-" + node.Id;
    }
}
