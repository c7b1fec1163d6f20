namespace TomcatCompat.SessionStores.Stores;

/// <summary>Settings of a <see cref="StoreSessionManager"/>, resolved from the <c>&lt;Manager&gt;</c> element by <see cref="Configuration.StoreManagerFactory"/>.</summary>
internal sealed record StoreManagerOptions
{
    /// <summary>Tomcat's manager name: <c>host#/path</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The Manager class as written (for log lines).</summary>
    public string ClassName { get; init; } = "";

    /// <summary>web.xml <c>session-timeout</c> × 60, seconds, default 1800; also the store TTL.</summary>
    public int MaxInactiveInterval { get; init; } = 1800;

    public StoreReadPolicy ReadPolicy { get; init; } = StoreReadPolicy.EveryRequest;

    /// <summary>Redisson <c>updateMode="AFTER_REQUEST"</c>: every attribute is written after each request, not only the changed ones.</summary>
    public bool WriteAllAttributes { get; init; }

    /// <summary>Tomcat: <c>ManagerBase@maxActiveSessions</c>, default -1 (no limit), counted over this node's local copies.</summary>
    public int MaxActiveSessions { get; init; } = -1;

    /// <summary>MSM <c>requestUriIgnorePattern</c> handled by the pipeline filter; kept for docs.</summary>
    public string? RequestUriIgnorePattern { get; init; }

    /// <summary>How often local copies are swept and writes that failed during an outage are retried (Tomcat's background processor: 10 s).</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Text inserted into new session ids before the jvmRoute (MSM: <c>-n1</c>); null for none.</summary>
    public Func<string?>? IdSuffix { get; init; }
}
