using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>A decoded frame: header fields shared by every type, and a body each subtype writes itself.</summary>
internal abstract record TribesFrame(UniqueId Sender, long MessageId, SendOptions Options)
{
    public abstract FrameType Type { get; }

    public abstract void WriteBody(PayloadWriter writer);
}
