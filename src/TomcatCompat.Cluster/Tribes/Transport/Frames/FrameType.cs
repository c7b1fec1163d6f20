namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>The frame kinds of our wire format (docs/tribes-wire.md). Values are permanent.</summary>
internal enum FrameType : byte
{
    /// <summary>An application message travelling up the receiver's stack.</summary>
    Data = 1,

    /// <summary>Acknowledges a frame sent with use_ack (positive or negative).</summary>
    Ack = 2,

    /// <summary>Membership liveness beacon; answered with an ack when use_ack is set.</summary>
    Ping = 3,

    /// <summary>The sender is stopping: receivers drop it at once, without verification.</summary>
    Shutdown = 4,
}
