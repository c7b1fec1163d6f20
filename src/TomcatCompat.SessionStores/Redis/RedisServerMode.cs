namespace TomcatCompat.SessionStores.Redis;

/// <summary>How the Redis servers are deployed (Redisson: which <c>*Config</c> section the YAML has).</summary>
internal enum RedisServerMode
{
    /// <summary>Redisson <c>singleServerConfig</c>; RedisSessionManager <c>host</c>/<c>port</c>.</summary>
    Single,

    /// <summary>Redisson <c>sentinelServersConfig</c>; RedisSessionManager <c>sentinels</c> + <c>sentinelMaster</c>.</summary>
    Sentinel,

    /// <summary>Redisson <c>clusterServersConfig</c>: Redis Cluster, keys spread over slots.</summary>
    Cluster,
}
