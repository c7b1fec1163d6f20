namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>Keeps the list of live members and reports changes (Tomcat: <c>MembershipService</c>).</summary>
internal interface IMembershipService
{
    Member LocalMember { get; }

    IReadOnlyList<Member> GetMembers();

    Member? GetMember(UniqueId id);

    /// <summary>True for senders whose pings are accepted (the configured static members).</summary>
    bool IsKnownPeer(UniqueId id);

    /// <summary>A ping arrived from <paramref name="id"/>: the member is alive.</summary>
    void PingReceived(UniqueId id);

    /// <summary>The member announced its shutdown: drop it at once.</summary>
    void ShutdownReceived(UniqueId id);

    /// <summary>A verified failure (TcpFailureDetector) removes the member before it expires.</summary>
    void Remove(UniqueId id);

    /// <summary>One liveness round: ping the peers, then expire the silent ones.</summary>
    Task HeartbeatAsync(CancellationToken cancellationToken);

    /// <summary>Starts with the receiver's bound address, which overrides the local member's host and port (§8.2).</summary>
    ValueTask StartAsync(string localHost, int localPort, IMembershipListener listener, CancellationToken cancellationToken);

    ValueTask StopAsync(CancellationToken cancellationToken);
}
