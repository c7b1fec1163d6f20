using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>What <see cref="TcpReceiver"/> hands decoded frames to (the coordinator).</summary>
internal interface IFrameHandler
{
    /// <summary>False drops the frame and counts it as coming from a non-member.</summary>
    bool Accept(TribesFrame frame);

    /// <summary>Processes the frame; the result is the status of a synchronized ack.</summary>
    ValueTask<bool> HandleAsync(TribesFrame frame, CancellationToken cancellationToken);
}
