namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// The small fixed messages: END_RESPONSE (prefix 5 + reuse byte), GET_BODY_CHUNK (prefix 6 +
/// requested length), and the one-byte CPING (10), CPONG (9), SHUTDOWN (7) and PING (8).
/// </summary>
public static class AjpControlMessages
{
    /// <summary>Largest control packet: header 4 + prefix 1 + 2.</summary>
    public const int MaxLength = 7;

    public static bool TryEncodeEndResponse(bool reuse, Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToServer);
        w.WriteByte((byte)AjpMessageType.EndResponse);
        w.WriteBool(reuse);
        return w.TryFinish(out bytesWritten);
    }

    public static AjpDecodeError TryDecodeEndResponse(ReadOnlySpan<byte> payload, out bool reuse)
    {
        reuse = false;
        var r = new AjpSpanReader(payload);
        if (!r.TryReadByte(out var prefix))
            return r.Error;
        if (prefix != (byte)AjpMessageType.EndResponse)
            return AjpDecodeError.UnexpectedMessageType;
        return r.TryReadBool(out reuse) ? AjpDecodeError.None : r.Error;
    }

    public static bool TryEncodeGetBodyChunk(int requestedLength, Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToServer);
        w.WriteByte((byte)AjpMessageType.GetBodyChunk);
        w.WriteInt(requestedLength);
        return w.TryFinish(out bytesWritten);
    }

    public static AjpDecodeError TryDecodeGetBodyChunk(ReadOnlySpan<byte> payload, out int requestedLength)
    {
        requestedLength = 0;
        var r = new AjpSpanReader(payload);
        if (!r.TryReadByte(out var prefix))
            return r.Error;
        if (prefix != (byte)AjpMessageType.GetBodyChunk)
            return AjpDecodeError.UnexpectedMessageType;
        return r.TryReadInt(out requestedLength) ? AjpDecodeError.None : r.Error;
    }

    /// <summary>
    /// A one-byte message: CPING, SHUTDOWN and PING go to the container, CPONG to the server; the
    /// direction follows from the type.
    /// </summary>
    public static bool TryEncodeSingle(AjpMessageType type, Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, type == AjpMessageType.CPong ? AjpDirection.ToServer : AjpDirection.ToContainer);
        w.WriteByte((byte)type);
        return w.TryFinish(out bytesWritten);
    }

    /// <summary>True when <paramref name="payload"/> is exactly the one-byte message <paramref name="type"/>.</summary>
    public static bool IsSingle(ReadOnlySpan<byte> payload, AjpMessageType type) => payload.Length == 1 && payload[0] == (byte)type;
}
