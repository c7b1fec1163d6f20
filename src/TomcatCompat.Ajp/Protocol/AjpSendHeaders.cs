using System.Buffers;
using System.Collections.Immutable;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// SEND_HEADERS (prefix 4), container → server: status, reason phrase and headers (coded names
/// 0xA001–0xA00B for the common ones). Tomcat sends the numeric status as the reason, and httpd
/// shows it: "HTTP/1.1 200 200" (real-cluster README §1).
/// </summary>
public sealed record AjpSendHeaders
{
    public int Status { get; init; } = 200;

    public string? Reason { get; init; }

    public ImmutableArray<KeyValuePair<string, string?>> Headers { get; init; } = [];

    public bool TryEncode(Span<byte> destination, out int bytesWritten)
    {
        var w = new AjpSpanWriter(destination, AjpDirection.ToServer);
        w.WriteByte((byte)AjpMessageType.SendHeaders);
        w.WriteInt(Status);
        w.WriteString(Reason);
        w.WriteHeaders(AjpTables.ResponseHeaders, Headers);

        return w.TryFinish(out bytesWritten);
    }

    public bool TryEncode(IBufferWriter<byte> writer, int packetSize)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!TryEncode(writer.GetSpan(packetSize)[..packetSize], out var written))
            return false;
        writer.Advance(written);
        return true;
    }

    /// <summary>Decodes a payload (prefix included). Never throws.</summary>
    public static AjpDecodeError TryDecode(ReadOnlySpan<byte> payload, out AjpSendHeaders? message)
    {
        message = null;
        var r = new AjpSpanReader(payload);
        if (!r.TryReadByte(out var prefix))
            return r.Error;
        if (prefix != (byte)AjpMessageType.SendHeaders)
            return AjpDecodeError.UnexpectedMessageType;
        if (!r.TryReadInt(out var status) || !r.TryReadString(out var reason) || !r.TryReadHeaders(AjpTables.ResponseHeaders, out var headers))
            return r.Error;
        message = new AjpSendHeaders { Status = status, Reason = reason, Headers = headers };
        return AjpDecodeError.None;
    }
}
