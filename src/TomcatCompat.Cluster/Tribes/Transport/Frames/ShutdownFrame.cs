using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>The sender stops: its members drop it at once (as Tomcat's shutdown payload does).</summary>
internal sealed record ShutdownFrame(UniqueId Sender, long MessageId)
    : TribesFrame(Sender, MessageId, SendOptions.None)
{
    public override FrameType Type => FrameType.Shutdown;

    public override void WriteBody(PayloadWriter writer)
    {
    }

    public static ShutdownFrame Read(FrameHeader header, PayloadReader body)
    {
        body.ExpectEnd();
        return new(header.Sender, header.MessageId);
    }
}
