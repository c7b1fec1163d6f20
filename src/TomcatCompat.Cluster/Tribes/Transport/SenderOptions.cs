namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>Settings of <see cref="PooledParallelSender"/>, taken from <c>&lt;Transport&gt;</c> (§10).</summary>
internal sealed record SenderOptions
{
    /// <summary>Tomcat: <c>Transport@timeout</c>, ms, default 3000: bound of one attempt (connect, write, ack); not retried.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>Tomcat: <c>Transport@maxRetryAttempts</c>, default 1: resends after an I/O error.</summary>
    public int MaxRetryAttempts { get; init; } = 1;

    /// <summary>Tomcat: <c>Transport@poolSize</c>, default 25: concurrent connections per member.</summary>
    public int PoolSize { get; init; } = 25;

    /// <summary>Tomcat: <c>Transport@maxWait</c>, ms, default 3000: wait for a free pooled connection.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(3000);

    /// <summary>Tomcat: <c>Transport@throwOnFailedAck</c>, default true: a negative ack is a failure.</summary>
    public bool ThrowOnFailedAck { get; init; } = true;

    /// <summary>Tomcat: <c>Transport@tcpNoDelay</c>, default true.</summary>
    public bool TcpNoDelay { get; init; } = true;

    /// <summary>Largest ack body accepted back (acks are tiny).</summary>
    public int MaxAckBodySize { get; init; } = 1024;
}
