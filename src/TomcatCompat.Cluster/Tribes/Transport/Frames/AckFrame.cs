using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>
/// Acknowledges the frame with the same message id. A negative ack means the receiver read it but
/// processing failed (Tomcat: <c>FAIL_ACK_COMMAND</c>; <c>Transport@throwOnFailedAck</c> decides what it means).
/// </summary>
internal sealed record AckFrame(UniqueId Sender, long MessageId, bool Success)
    : TribesFrame(Sender, MessageId, SendOptions.None)
{
    public override FrameType Type => FrameType.Ack;

    public override void WriteBody(PayloadWriter writer) => writer.WriteBool(Success);

    public static AckFrame Read(FrameHeader header, PayloadReader body)
    {
        var success = body.ReadBool();
        body.ExpectEnd();
        return new(header.Sender, header.MessageId, success);
    }
}
