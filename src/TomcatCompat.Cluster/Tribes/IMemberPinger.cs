namespace TomcatCompat.Cluster.Tribes;

/// <summary>Checks over TCP that a member's receiver answers (used by membership and TcpFailureDetector).</summary>
internal interface IMemberPinger
{
    /// <summary>Connects and sends a ping that must be acknowledged within <paramref name="timeout"/>; never throws for network errors.</summary>
    ValueTask<bool> PingAsync(Member member, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Tells the members this node is stopping (best effort, never throws for network errors).</summary>
    ValueTask NotifyShutdownAsync(IReadOnlyList<Member> members, TimeSpan timeout, CancellationToken cancellationToken);
}
