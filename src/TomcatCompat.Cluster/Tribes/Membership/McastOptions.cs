using System.Net;

namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>Settings of <see cref="McastService"/> (tomcat-cluster.md §8.1).</summary>
internal sealed record McastOptions
{
    /// <summary>Tomcat: <c>McastService@address</c>, default 228.0.0.4.</summary>
    public IPAddress Address { get; init; } = IPAddress.Parse("228.0.0.4");

    /// <summary>Tomcat: <c>McastService@port</c>, default 45564.</summary>
    public int Port { get; init; } = 45564;

    /// <summary>Tomcat: <c>McastService@frequency</c>, ms, default 500: one heartbeat each.</summary>
    public TimeSpan Frequency { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Tomcat: <c>McastService@dropTime</c>, ms, default 3000: a member silent that long disappears (TcpFailureDetector may veto).</summary>
    public TimeSpan DropTime { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>Tomcat: <c>McastService@bind</c>, default unset (wildcard): local interface for multicast traffic.</summary>
    public IPAddress? Bind { get; init; }

    /// <summary>Tomcat: <c>McastService@ttl</c>, default unset (the OS default, 1).</summary>
    public int? Ttl { get; init; }

    /// <summary>Tomcat: <c>McastService@soTimeout</c>, ms, default unset (= frequency): longest wait of one receive.</summary>
    public TimeSpan SoTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Tomcat: <c>McastService@domain</c>, default empty: advertised in every heartbeat.</summary>
    public string Domain { get; init; } = "";

    /// <summary>Tomcat: <c>McastService@recoveryEnabled</c>, default true: reopen the socket after repeated errors.</summary>
    public bool RecoveryEnabled { get; init; } = true;

    /// <summary>Tomcat: <c>McastService@recoveryCounter</c>, default 10: consecutive errors before a recovery.</summary>
    public int RecoveryCounter { get; init; } = 10;

    /// <summary>Tomcat: <c>McastService@recoverySleepTime</c>, ms, default 5000: wait before reopening.</summary>
    public TimeSpan RecoverySleepTime { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary>Tomcat: <c>McastService@localLoopbackDisabled</c>, default false (true: nodes on one host do not see each other).</summary>
    public bool LocalLoopbackDisabled { get; init; }

    /// <summary>How long start waits for the first heartbeats of the others (Tomcat sleeps about a second per start level).</summary>
    public TimeSpan MemberWait { get; init; } = TimeSpan.FromMilliseconds(1000);
}
