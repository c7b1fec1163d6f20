using System.Buffers;
using System.Buffers.Binary;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>Packet framing: a 4-byte header (magic, payload length) and the payload.</summary>
public static class AjpFraming
{
    /// <summary>
    /// Cuts one packet off the front of <paramref name="buffer"/>. Returns true with the payload when a
    /// whole packet is there; false with <paramref name="error"/> None when more bytes are needed; false
    /// with an error (bad magic, announced payload above <paramref name="packetSize"/> − 4) when the
    /// stream is not AJP — the caller closes the connection. Never allocates.
    /// </summary>
    public static bool TryReadPacket(ref ReadOnlySequence<byte> buffer, AjpDirection direction, int packetSize, out ReadOnlySequence<byte> payload, out AjpDecodeError error)
    {
        payload = default;
        error = AjpDecodeError.None;
        if (buffer.Length < AjpConstants.HeaderLength)
            return false;
        Span<byte> header = stackalloc byte[AjpConstants.HeaderLength];
        buffer.Slice(0, AjpConstants.HeaderLength).CopyTo(header);
        if (!TryParseHeader(header, direction, packetSize, out var length, out error))
            return false;
        if (buffer.Length < AjpConstants.HeaderLength + length)
            return false;
        payload = buffer.Slice(AjpConstants.HeaderLength, length);
        buffer = buffer.Slice(AjpConstants.HeaderLength + length);
        return true;
    }

    /// <summary>Checks a 4-byte header and returns the payload length it announces.</summary>
    public static bool TryParseHeader(ReadOnlySpan<byte> header, AjpDirection direction, int packetSize, out int payloadLength, out AjpDecodeError error)
    {
        payloadLength = 0;
        error = AjpDecodeError.None;
        if (header.Length < AjpConstants.HeaderLength)
        {
            error = AjpDecodeError.Truncated;
            return false;
        }

        var expected = direction == AjpDirection.ToContainer ? AjpConstants.ToContainerMagic : AjpConstants.ToServerMagic;
        if (BinaryPrimitives.ReadUInt16BigEndian(header) != expected)
        {
            error = AjpDecodeError.BadMagic;
            return false;
        }

        payloadLength = BinaryPrimitives.ReadUInt16BigEndian(header[2..]);
        if (payloadLength > packetSize - AjpConstants.HeaderLength)
        {
            error = AjpDecodeError.Oversized;
            return false;
        }

        return true;
    }

    /// <summary>The prefix code of a typed message, or null for an empty payload.</summary>
    public static AjpMessageType? PeekType(ReadOnlySpan<byte> payload) => payload.IsEmpty ? null : (AjpMessageType)payload[0];
}
