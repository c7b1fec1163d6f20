using System.Collections.Immutable;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// A replicated HTTP session (Tomcat: DeltaSession). Attribute values are bytes: the application
/// serializes them, which mirrors Tomcat's rule that replicated values must be Serializable.
/// Local changes are recorded in <see cref="Pending"/> and leave at the end of the request.
/// </summary>
internal sealed class DeltaSession
{
    private readonly Dictionary<string, byte[]> _attributes = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _replicates;
    private readonly Action<DeltaSession, string, byte[]?> _changed;

    internal DeltaSession(string id, DateTimeOffset created, int maxInactiveInterval, bool recordAllActions,
        Func<string, bool> replicates, Action<DeltaSession, string, byte[]?> changed)
    {
        Id = id;
        CreationTime = created;
        LastAccessedTime = created;
        LastReplicated = created;
        MaxInactiveInterval = maxInactiveInterval;
        Pending = new DeltaRequest(recordAllActions);
        _replicates = replicates;
        _changed = changed;
    }

    public string Id { get; internal set; }

    public DateTimeOffset CreationTime { get; internal set; }

    public DateTimeOffset LastAccessedTime { get; internal set; }

    /// <summary>Seconds; ≤ 0 never expires (web.xml <c>session-timeout</c> × 60, default 1800).</summary>
    public int MaxInactiveInterval { get; internal set; }

    /// <summary>True on the node that served the last request for it (§5.2).</summary>
    public bool IsPrimary { get; internal set; }

    public bool IsNew { get; internal set; } = true;

    public bool IsValid { get; internal set; } = true;

    /// <summary>Per-session sequence number of the last change applied here.</summary>
    public long Version { get; internal set; }

    internal DateTimeOffset LastReplicated { get; set; }

    internal DeltaRequest Pending { get; }

    internal Lock Gate { get; } = new();

    /// <summary>Serialises request completions of this session so their deltas leave in version order.</summary>
    internal SemaphoreSlim SendOrder { get; } = new(1, 1);

    public byte[]? GetAttribute(string name)
    {
        lock (Gate)
            return _attributes.GetValueOrDefault(name);
    }

    public ImmutableSortedDictionary<string, byte[]> Attributes
    {
        get
        {
            lock (Gate)
                return _attributes.ToImmutableSortedDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>Sets a value and records the change, unless <c>sessionAttributeNameFilter</c> excludes the name.</summary>
    public void SetAttribute(string name, byte[] value)
    {
        lock (Gate)
        {
            _attributes[name] = value;
            if (_replicates(name))
                Pending.SetAttribute(name, value);
        }

        _changed(this, name, value);
    }

    public void RemoveAttribute(string name)
    {
        bool removed;
        lock (Gate)
        {
            removed = _attributes.Remove(name);
            if (removed && _replicates(name))
                Pending.RemoveAttribute(name);
        }

        if (removed)
            _changed(this, name, null);
    }

    public void SetMaxInactiveInterval(int seconds)
    {
        lock (Gate)
        {
            MaxInactiveInterval = seconds;
            Pending.SetMaxInactiveInterval(seconds);
        }
    }

    internal void ApplyAttribute(string name, byte[]? value)
    {
        if (value is null)
            _attributes.Remove(name);
        else
            _attributes[name] = value;
    }

    /// <summary>Replaces every attribute with a received copy's (a full backup); caller holds <see cref="Gate"/>.</summary>
    internal void ReplaceAttributes(IEnumerable<KeyValuePair<string, byte[]>> attributes)
    {
        _attributes.Clear();
        foreach (var (name, value) in attributes)
            _attributes[name] = value;
    }

    /// <summary>Applies a received delta's actions in order (Tomcat: <c>DeltaRequest.execute</c>); caller holds <see cref="Gate"/>.</summary>
    internal void Apply(IReadOnlyList<DeltaAction> actions)
    {
        foreach (var a in actions)
        {
            switch (a.Type)
            {
                case DeltaActionType.Attribute:
                    ApplyAttribute(a.Name, a.Remove ? null : a.Value);
                    break;
                case DeltaActionType.MaxInactiveInterval when a.Value is { Length: 4 } v:
                    MaxInactiveInterval = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(v);
                    break;
                case DeltaActionType.IsNew when a.Value is { Length: 1 } v:
                    IsNew = v[0] == 1;
                    break;
            }
        }
    }

    internal SessionSnapshot Snapshot() => new(
        Id, CreationTime.ToUnixTimeMilliseconds(), LastAccessedTime.ToUnixTimeMilliseconds(), MaxInactiveInterval,
        Version, IsNew, _attributes.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>Idle time after which this copy expires: 1× the interval when primary, 2× for a replica (§5.2).</summary>
    internal bool IsExpired(DateTimeOffset now) =>
        MaxInactiveInterval > 0 && now - LastAccessedTime > TimeSpan.FromSeconds((double)MaxInactiveInterval * (IsPrimary ? 1 : 2));
}
