using System.Collections.Immutable;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>
/// What one request changed in a session, for <see cref="ISessionStore.WriteAsync"/>.
/// <see cref="Changes"/> holds only the attributes the request set (value) or removed (null): the
/// managers write attribute by attribute. <see cref="Attributes"/> is the whole local state, for stores
/// that keep a session as one value (memcached) and for a full write.
/// </summary>
internal sealed record SessionWrite
{
    public required string Id { get; init; }

    /// <summary>The store version the local copy was read at (0 = never stored).</summary>
    public required long BaseVersion { get; init; }

    public required long CreationTime { get; init; }

    public required long LastAccessedTime { get; init; }

    /// <summary>Seconds; also the store TTL (web.xml session-timeout × 60). ≤ 0: no expiry.</summary>
    public required int MaxInactiveInterval { get; init; }

    public ImmutableSortedDictionary<string, byte[]?> Changes { get; init; } = ImmutableSortedDictionary<string, byte[]?>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, byte[]> Attributes { get; init; } = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Write every attribute (new session, or re-creating one the store lost).</summary>
    public bool Full { get; init; }

    /// <summary>memcached CAS unique from the last read, 0 when unknown.</summary>
    public ulong Cas { get; init; }

    /// <summary>Seconds until the store drops the entry: the interval, or 0 for "never".</summary>
    public int Ttl => MaxInactiveInterval > 0 ? MaxInactiveInterval : 0;
}
