using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>An application message; the body is the payload as it left the sender's stack.</summary>
internal sealed record DataFrame(UniqueId Sender, long MessageId, SendOptions Options, ReadOnlyMemory<byte> Payload)
    : TribesFrame(Sender, MessageId, Options)
{
    public override FrameType Type => FrameType.Data;

    public override void WriteBody(PayloadWriter writer) => writer.WriteRaw(Payload.Span);

    public static DataFrame Read(FrameHeader header, ReadOnlySpan<byte> body) =>
        new(header.Sender, header.MessageId, header.Options, body.ToArray());
}
