using System.Buffers.Binary;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// The two body packets. Response body, container → server: SEND_BODY_CHUNK (prefix 3, length, data,
/// and a NUL Tomcat appends, hence at most packetSize − 8 data bytes). Request body, server →
/// container: an untyped packet whose payload is a length and the data; an empty payload (or a
/// length of 0) ends the body.
/// </summary>
public static class AjpBodyChunk
{
    /// <summary>Writes a SEND_BODY_CHUNK packet; false when <paramref name="data"/> does not fit.</summary>
    public static bool TryEncodeSendBodyChunk(ReadOnlySpan<byte> data, Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToServer);
        w.WriteByte((byte)AjpMessageType.SendBodyChunk);
        w.WriteInt(data.Length);
        w.WriteBytes(data);
        w.WriteByte(0);
        return w.TryFinish(out bytesWritten);
    }

    /// <summary>Decodes SEND_BODY_CHUNK; <paramref name="data"/> is a slice of <paramref name="payload"/>. The trailing NUL is optional.</summary>
    public static AjpDecodeError TryDecodeSendBodyChunk(ReadOnlySpan<byte> payload, out ReadOnlySpan<byte> data)
    {
        data = default;
        var r = new AjpSpanReader(payload);
        if (!r.TryReadByte(out var prefix))
            return r.Error;
        if (prefix != (byte)AjpMessageType.SendBodyChunk)
            return AjpDecodeError.UnexpectedMessageType;
        if (!r.TryReadInt(out var length))
            return r.Error;
        if (length > r.Remaining)
            return AjpDecodeError.BadChunkLength;
        r.TryReadBytes(length, out data);
        return AjpDecodeError.None;
    }

    /// <summary>Writes a request-body data packet (server → container); empty <paramref name="data"/> writes the end-of-body packet (no payload).</summary>
    public static bool TryEncodeRequestBody(ReadOnlySpan<byte> data, Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToContainer);
        if (!data.IsEmpty)
        {
            w.WriteInt(data.Length);
            w.WriteBytes(data);
        }

        return w.TryFinish(out bytesWritten);
    }

    /// <summary>Decodes a request-body payload; empty <paramref name="data"/> means the body has ended.</summary>
    public static AjpDecodeError TryDecodeRequestBody(ReadOnlySpan<byte> payload, out ReadOnlySpan<byte> data)
    {
        data = default;
        if (payload.IsEmpty)
            return AjpDecodeError.None;
        if (payload.Length < 2)
            return AjpDecodeError.Truncated;
        var length = BinaryPrimitives.ReadUInt16BigEndian(payload);
        if (length > payload.Length - 2)
            return AjpDecodeError.BadChunkLength;
        data = payload.Slice(2, length);
        return AjpDecodeError.None;
    }
}
