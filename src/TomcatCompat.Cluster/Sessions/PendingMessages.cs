namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Session messages that arrived ahead of their predecessor, per session id, ordered by version.
/// Bounded per session and in total, so a peer that never fills a gap cannot grow memory. Callers
/// hold the manager's apply lock.
/// </summary>
internal sealed class PendingMessages
{
    private readonly Dictionary<string, SortedList<long, (SessionMessage Message, DateTimeOffset Received)>> _bySession = new(StringComparer.Ordinal);

    public PendingMessages(int maxPerSession = 64, int maxSessions = 10_000)
    {
        MaxPerSession = maxPerSession;
        MaxSessions = maxSessions;
    }

    public int MaxPerSession { get; }

    public int MaxSessions { get; }

    public int Count => _bySession.Count;

    /// <summary>False when the message is a duplicate or a bound is reached (the message is dropped).</summary>
    public bool Add(SessionMessage message, DateTimeOffset now)
    {
        var id = message.SessionId!;
        if (!_bySession.TryGetValue(id, out var list))
        {
            if (_bySession.Count >= MaxSessions)
                return false;
            _bySession[id] = list = [];
        }

        if (list.Count >= MaxPerSession || list.ContainsKey(message.Version))
            return false;
        list.Add(message.Version, (message, now));
        return true;
    }

    /// <summary>Removes and returns the next message when it is exactly <paramref name="currentVersion"/> + 1.</summary>
    public SessionMessage? TakeNext(string id, long currentVersion)
    {
        if (!_bySession.TryGetValue(id, out var list))
            return null;
        while (list.Count > 0 && list.Keys[0] <= currentVersion)
            list.RemoveAt(0);
        SessionMessage? next = null;
        if (list.Count > 0 && list.Keys[0] == currentVersion + 1)
        {
            next = list.Values[0].Message;
            list.RemoveAt(0);
        }

        if (list.Count == 0)
            _bySession.Remove(id);
        return next;
    }

    /// <summary>Removes and returns, per session, the earliest message that has waited longer than <paramref name="gapTimeout"/>.</summary>
    public List<SessionMessage> TakeOverdue(DateTimeOffset now, TimeSpan gapTimeout)
    {
        var result = new List<SessionMessage>();
        foreach (var (id, list) in _bySession)
        {
            if (list.Count > 0 && now - list.Values[0].Received > gapTimeout)
            {
                result.Add(list.Values[0].Message);
                list.RemoveAt(0);
            }
        }

        foreach (var m in result)
        {
            if (_bySession.TryGetValue(m.SessionId!, out var list) && list.Count == 0)
                _bySession.Remove(m.SessionId!);
        }

        return result;
    }

    public void Rename(string oldId, string newId)
    {
        if (_bySession.Remove(oldId, out var list) && !_bySession.ContainsKey(newId))
            _bySession[newId] = list;
    }

    public void Remove(string id) => _bySession.Remove(id);
}
