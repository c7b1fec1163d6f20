using System.Collections.Immutable;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>A session as read back from a store. Times are Unix milliseconds, as Tomcat's session fields.</summary>
internal sealed record StoredSession(
    string Id, long CreationTime, long LastAccessedTime, int MaxInactiveInterval, long Version,
    ImmutableSortedDictionary<string, byte[]> Attributes)
{
    /// <summary>memcached's CAS unique of the item this was read from; 0 for Redis.</summary>
    public ulong Cas { get; init; }
}
