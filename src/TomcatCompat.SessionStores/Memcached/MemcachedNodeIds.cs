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

    /// <summary>The suffix for a new session: <c>-n1</c> for a reachable regular node, picked at random to spread the sessions.</summary>
    public static string? SuffixFor(MemcachedClient client)
    {
        var candidates = client.Nodes.Where(n => !n.IsFailover && client.IsAvailable(n)).ToList();
        if (candidates.Count == 0)
            candidates = [.. client.Nodes.Where(client.IsAvailable)];
        if (candidates.Count == 0)
            candidates = [.. client.Nodes];
        return candidates.Count == 0 ? null : "-" + candidates[Random.Shared.Next(candidates.Count)].Id;
    }
}
