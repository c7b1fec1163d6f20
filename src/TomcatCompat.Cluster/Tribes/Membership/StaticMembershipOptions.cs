namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>Settings of <see cref="StaticMembershipService"/> (§8.2).</summary>
internal sealed record StaticMembershipOptions
{
    /// <summary>Tomcat: <c>StaticMembershipService@connectTimeout</c>, ms, default 500.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Tomcat: <c>StaticMembershipService@expirationTime</c>, ms, default 5000.</summary>
    public TimeSpan ExpirationTime { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary>Tomcat: <c>StaticMembershipService@rpcTimeout</c>, ms, default 3000.</summary>
    public TimeSpan RpcTimeout { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>Tomcat: <c>StaticMembershipService@useThread</c>, default false (ping on the channel heartbeat).</summary>
    public bool UseThread { get; init; }

    /// <summary>Tomcat: <c>StaticMembershipService@pingInterval</c>, ms, default 1000 (only with useThread).</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromMilliseconds(1000);
}
