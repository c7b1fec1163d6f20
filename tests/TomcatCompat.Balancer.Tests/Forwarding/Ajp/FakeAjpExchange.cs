using System.Buffers;
using System.Globalization;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Balancer.Tests.Forwarding.Ajp;

/// <summary>One request on the fake container: the decoded FORWARD_REQUEST and the writes of an answer.</summary>
internal sealed class FakeAjpExchange(FakeAjpServer server, Stream stream, AjpPacketReader reader, AjpForwardRequest request)
{
    public FakeAjpServer Server { get; } = server;

    public AjpForwardRequest Request { get; } = request;

    /// <summary>Set when the script closed the connection.</summary>
    public bool Closed { get; private set; }

    public static async Task WriteAsync(Stream stream, Func<Memory<byte>, int> encode)
    {
        var buffer = new byte[AjpConstants.MaxPacketSize];
        var n = encode(buffer);
        await stream.WriteAsync(buffer.AsMemory(0, n));
    }

    /// <summary>Tomcat's way: the first chunk arrives unasked when Content-Length &gt; 0, then GET_BODY_CHUNK until the length (or, without one, until the empty packet).</summary>
    public async Task<byte[]> ReadBodyAsync()
    {
        var length = long.TryParse(Request.Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var cl) ? cl : -1;
        var chunked = Request.Header("Transfer-Encoding") is not null;
        if (length <= 0 && !chunked)
            return [];
        var body = new ArrayBufferWriter<byte>();
        var asked = length < 0;
        while (length < 0 || body.WrittenCount < length)
        {
            if (asked)
                await WriteAsync(stream, span => (AjpControlMessages.TryEncodeGetBodyChunk(AjpConstants.MaxRequestBodyChunk(AjpConstants.DefaultPacketSize), span.Span, out var n), n).n);
            asked = true;
            var data = Data(await reader.ReadAsync(CancellationToken.None));
            if (data.Length == 0)
                break;
            body.Write(data);
        }

        return body.WrittenSpan.ToArray();
    }

    private static byte[] Data(AjpPacket packet) =>
        packet.IsPacket && AjpBodyChunk.TryDecodeRequestBody(packet.Payload.Span, out var data) == AjpDecodeError.None
            ? data.ToArray()
            : throw new IOException("bad body packet");

    public Task SendHeadersAsync(int status, string? reason, params (string Name, string Value)[] headers)
    {
        var message = new AjpSendHeaders
        {
            Status = status,
            Reason = reason,
            Headers = [.. headers.Select(h => KeyValuePair.Create(h.Name, (string?)h.Value))],
        };
        return WriteAsync(stream, span => (message.TryEncode(span.Span, out var n), n).n);
    }

    public async Task SendBodyAsync(ReadOnlyMemory<byte> data)
    {
        var max = AjpConstants.MaxSendBodyChunk(AjpConstants.DefaultPacketSize);
        for (var offset = 0; offset < data.Length; offset += max)
        {
            var slice = data.Slice(offset, Math.Min(max, data.Length - offset));
            await WriteAsync(stream, span => (AjpBodyChunk.TryEncodeSendBodyChunk(slice.Span, span.Span, out var n), n).n);
        }
    }

    public Task EndAsync(bool reuse) => WriteAsync(stream, span => (AjpControlMessages.TryEncodeEndResponse(reuse, span.Span, out var n), n).n);

    public Task SendRawAsync(byte[] bytes) => stream.WriteAsync(bytes).AsTask();

    public void Close()
    {
        Closed = true;
        stream.Dispose();
    }
}
