namespace TomcatCompat.SessionStores.Stores;

internal enum StoreWriteStatus
{
    /// <summary>Every change was written.</summary>
    Written,

    /// <summary>Some change was older than the stored value and was dropped (another node wrote it since).</summary>
    Stale,

    /// <summary>The store has no such session (expired or invalidated elsewhere); nothing was written.</summary>
    Gone,
}
