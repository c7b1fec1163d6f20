using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport.Frames;

/// <summary>Membership beacon: who the sender is and where its receiver listens.</summary>
internal sealed record PingFrame(UniqueId Sender, long MessageId, SendOptions Options, string Host, int Port, string Domain)
    : TribesFrame(Sender, MessageId, Options)
{
    public override FrameType Type => FrameType.Ping;

    public override void WriteBody(PayloadWriter writer)
    {
        writer.WriteString(Host);
        writer.WriteInt32(Port);
        writer.WriteString(Domain);
    }

    public static PingFrame Read(FrameHeader header, PayloadReader body)
    {
        var host = body.ReadRequiredString();
        var port = body.ReadInt32();
        var domain = body.ReadRequiredString();
        body.ExpectEnd();
        if (port is < 0 or > 65535)
            throw new FormatException("port out of range");
        return new(header.Sender, header.MessageId, header.Options, host, port, domain);
    }
}
