namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>Live members and when each was last heard from. Thread-safe; readers get an immutable snapshot.</summary>
internal sealed class MembershipTable
{
    private readonly Dictionary<UniqueId, (Member Member, DateTimeOffset LastHeard)> _entries = [];
    private readonly Lock _gate = new();
    private Member[] _snapshot = [];

    public IReadOnlyList<Member> Members => Volatile.Read(ref _snapshot);

    public Member? Find(UniqueId id)
    {
        lock (_gate)
            return _entries.TryGetValue(id, out var e) ? e.Member : null;
    }

    /// <summary>Records that the member is alive; true when it was not a member before.</summary>
    public bool Touch(Member member, DateTimeOffset now)
    {
        lock (_gate)
        {
            var added = !_entries.ContainsKey(member.Id);
            _entries[member.Id] = (member, now);
            if (added)
                Publish();
            return added;
        }
    }

    public Member? Remove(UniqueId id)
    {
        lock (_gate)
        {
            if (!_entries.Remove(id, out var e))
                return null;
            Publish();
            return e.Member;
        }
    }

    /// <summary>Removes and returns every member not heard from for longer than <paramref name="expiration"/>.</summary>
    public IReadOnlyList<Member> Expire(DateTimeOffset now, TimeSpan expiration)
    {
        lock (_gate)
        {
            List<Member>? expired = null;
            foreach (var (id, e) in _entries)
            {
                if (now - e.LastHeard > expiration)
                    (expired ??= []).Add(e.Member);
            }

            if (expired is null)
                return [];
            foreach (var m in expired)
                _entries.Remove(m.Id);
            Publish();
            return expired;
        }
    }

    public IReadOnlyList<Member> Clear()
    {
        lock (_gate)
        {
            var all = _entries.Values.Select(e => e.Member).ToArray();
            _entries.Clear();
            Publish();
            return all;
        }
    }

    // Sorted by id so every node sees the same order ("first member" for state transfer).
    private void Publish() => Volatile.Write(ref _snapshot, [.. _entries.Values.Select(e => e.Member).OrderBy(m => m.Id.High).ThenBy(m => m.Id.Low)]);
}
