using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>What <see cref="TcpReceiver"/> hands decoded frames to (the coordinator).</summary>
internal interface IFrameHandler
{
    /// <summary>
    /// False drops the frame and counts it as coming from a non-member. Asked as soon as the header
    /// is read, so a stranger's large body is never buffered.
    /// </summary>
    bool Accept(FrameType type, UniqueId sender);

    /// <summary>Processes the frame; the result is the status of a synchronized ack.</summary>
    ValueTask<bool> HandleAsync(TribesFrame frame, CancellationToken cancellationToken);
}
