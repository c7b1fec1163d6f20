using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Tests.Server;

/// <summary>A scripted web server side of AJP for tests: sends packets built with the codec, reads the container's.</summary>
internal sealed class AjpTestClient : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private NetworkStream _stream = null!;
    private AjpPacketReader _reader = null!;

    public static async Task<AjpTestClient> ConnectAsync(IPEndPoint endpoint)
    {
        var client = new AjpTestClient();
        await client._tcp.ConnectAsync(endpoint);
        client._stream = client._tcp.GetStream();
        client._reader = new AjpPacketReader(PipeReader.Create(client._stream), AjpDirection.ToServer, AjpConstants.MaxPacketSize);
        return client;
    }

    public async Task SendAsync(byte[] packet) => await _stream.WriteAsync(packet);

    public Task SendAsync(AjpForwardRequest request)
    {
        var buffer = new byte[AjpConstants.DefaultPacketSize];
        Assert.True(request.TryEncode(buffer, out var written));
        return SendAsync(buffer[..written]);
    }

    public Task SendBodyAsync(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[AjpConstants.DefaultPacketSize];
        Assert.True(AjpBodyChunk.TryEncodeRequestBody(data, buffer, out var written));
        return SendAsync(buffer[..written]);
    }

    public async Task<AjpPacket> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _reader.ReadAsync(timeout.Token);
    }

    /// <summary>Reads one whole response (answering GET_BODY_CHUNK from <paramref name="body"/>); returns status, headers, body and the reuse flag.</summary>
    public async Task<AjpTestResponse> ReadResponseAsync(Queue<byte[]>? body = null)
    {
        AjpSendHeaders? headers = null;
        var content = new MemoryStream();
        var chunks = new List<int>();
        while (true)
        {
            var packet = await ReadAsync();
            Assert.True(packet.IsPacket, "connection ended: " + packet.Error);
            var payload = packet.Payload.Span;
            switch (AjpFraming.PeekType(payload))
            {
                case AjpMessageType.SendHeaders:
                    Assert.Equal(AjpDecodeError.None, AjpSendHeaders.TryDecode(payload, out headers));
                    break;
                case AjpMessageType.SendBodyChunk:
                    Assert.Equal(AjpDecodeError.None, AjpBodyChunk.TryDecodeSendBodyChunk(payload, out var data));
                    chunks.Add(data.Length);
                    content.Write(data);
                    break;
                case AjpMessageType.GetBodyChunk:
                    await SendBodyAsync(body is { Count: > 0 } ? body.Dequeue() : []);
                    break;
                case AjpMessageType.EndResponse:
                    Assert.Equal(AjpDecodeError.None, AjpControlMessages.TryDecodeEndResponse(payload, out var reuse));
                    return new AjpTestResponse(headers!, Encoding.Latin1.GetString(content.ToArray()), chunks, reuse);
                default:
                    Assert.Fail("unexpected packet " + Convert.ToHexString(payload));
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _tcp.Dispose();
        await Task.CompletedTask;
    }
}

internal sealed record AjpTestResponse(AjpSendHeaders Headers, string Body, List<int> Chunks, bool Reuse)
{
    public string? Header(string name) => Headers.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
