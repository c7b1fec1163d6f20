namespace TomcatCompat.SessionStores.Stores;

/// <summary>When a node trusts its local copy of a session instead of reading the store.</summary>
internal enum StoreReadPolicy
{
    /// <summary>Read the whole session from the store on every request (Redisson <c>readMode="REDIS"</c>, RedisSessionManager, non-sticky MSM).</summary>
    EveryRequest,

    /// <summary>Keep a local copy and check the stored version per request, reloading when another node wrote (Redisson <c>readMode="MEMORY"</c>).</summary>
    LocalValidated,

    /// <summary>The local copy is authoritative, the store is its backup, read only when the node has no copy (sticky MSM).</summary>
    LocalSticky,
}
