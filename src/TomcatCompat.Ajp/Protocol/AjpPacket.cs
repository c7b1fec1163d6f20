namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// One packet read by <see cref="AjpPacketReader"/>: a payload (valid until the next read), the
/// end of the stream at a packet boundary, or a framing error.
/// </summary>
public readonly record struct AjpPacket(ReadOnlyMemory<byte> Payload, bool EndOfStream, AjpDecodeError Error)
{
    public bool IsPacket => !EndOfStream && Error == AjpDecodeError.None;
}
