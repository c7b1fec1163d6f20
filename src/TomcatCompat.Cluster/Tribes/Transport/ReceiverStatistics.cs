namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>Counters of a <see cref="TcpReceiver"/>; updated without locks.</summary>
internal sealed class ReceiverStatistics
{
    private long _accepted;
    private long _malformed;
    private long _oversized;
    private long _nonMember;
    private long _connections;

    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>Frames with a bad magic, version, type, checksum or body.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>Frames whose body exceeded <see cref="ReceiverOptions.MaxBodySize"/>.</summary>
    public long Oversized => Interlocked.Read(ref _oversized);

    /// <summary>Frames from senders that are not (static) members.</summary>
    public long NonMember => Interlocked.Read(ref _nonMember);

    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>The last rejection reason, for diagnostics in tests and logs.</summary>
    public FrameError LastError { get; private set; }

    internal void CountAccepted() => Interlocked.Increment(ref _accepted);

    internal void CountNonMember() => Interlocked.Increment(ref _nonMember);

    internal void CountConnection() => Interlocked.Increment(ref _connections);

    internal void CountRejected(FrameError error)
    {
        LastError = error;
        if (error == FrameError.Oversized)
            Interlocked.Increment(ref _oversized);
        else if (error == FrameError.NotAdmitted)
            Interlocked.Increment(ref _nonMember);
        else
            Interlocked.Increment(ref _malformed);
    }
}
