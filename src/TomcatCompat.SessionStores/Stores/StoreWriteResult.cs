namespace TomcatCompat.SessionStores.Stores;

/// <param name="Status">What happened to the write.</param>
/// <param name="Version">The stored version after the write.</param>
/// <param name="OthersWrote">True when another node wrote the session after our copy was read: reload it.</param>
/// <param name="Cas">memcached CAS unique of the new item, 0 for Redis.</param>
internal sealed record StoreWriteResult(StoreWriteStatus Status, long Version, bool OthersWrote, ulong Cas = 0);
