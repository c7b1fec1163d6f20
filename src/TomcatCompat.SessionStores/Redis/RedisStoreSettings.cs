using System.Collections.Immutable;

namespace TomcatCompat.SessionStores.Redis;

/// <summary>Where and how to reach Redis, from a Redisson YAML or RedisSessionManager's attributes.</summary>
internal sealed record RedisStoreSettings
{
    public RedisServerMode Mode { get; init; } = RedisServerMode.Single;

    /// <summary>host:port of the server, the sentinels or the cluster seed nodes.</summary>
    public ImmutableArray<string> Endpoints { get; init; } = ["127.0.0.1:6379"];

    /// <summary>Redisson <c>masterName</c> / RedisSessionManager <c>sentinelMaster</c>.</summary>
    public string? SentinelMaster { get; init; }

    /// <summary>Redisson <c>database</c> / RedisSessionManager <c>database</c>, default 0 (ignored by Redis Cluster).</summary>
    public int Database { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>Redisson <c>timeout</c> (ms, default 3000) / RedisSessionManager <c>timeout</c> (ms, default 2000).</summary>
    public int TimeoutMs { get; init; } = 3000;

    /// <summary>Redisson <c>connectTimeout</c>, ms, default 10000.</summary>
    public int ConnectTimeoutMs { get; init; } = 10000;

    /// <summary>Prepended to every session id to make its key (Redisson: <c>keyPrefix</c> + <c>redisson:tomcat_session:</c>).</summary>
    public string KeyPrefix { get; init; } = "";

    public string Describe() =>
        "redis " + Mode.ToString().ToLowerInvariant() + " " + string.Join(",", Endpoints) +
        (Mode == RedisServerMode.Cluster ? "" : " db " + Database.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
