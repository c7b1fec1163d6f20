using System.Net;
using System.Net.Sockets;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>
/// A scripted peer that speaks our framing on loopback: it connects to a receiver, writes whatever
/// bytes or frames the test gives it, and reads acknowledgements back. Every read is bounded.
/// </summary>
internal sealed class FakeTribesPeer : IAsyncDisposable
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(10);
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly byte[] _header = new byte[FrameHeader.Size];

    private FakeTribesPeer(TcpClient client, UniqueId id)
    {
        _client = client;
        _stream = client.GetStream();
        Id = id;
    }

    public UniqueId Id { get; }

    public static async Task<FakeTribesPeer> ConnectAsync(IPEndPoint receiver, UniqueId id)
    {
        var client = new TcpClient();
        await client.ConnectAsync(receiver);
        return new FakeTribesPeer(client, id);
    }

    public Task WriteRawAsync(byte[] bytes) => _stream.WriteAsync(bytes).AsTask();

    public Task SendAsync(TribesFrame frame) => WriteRawAsync(FrameCodec.Encode(frame));

    public Task SendDataAsync(long messageId, byte[] payload, SendOptions options = SendOptions.UseAck) =>
        SendAsync(new DataFrame(Id, messageId, options, payload));

    public Task PingAsync(long messageId, string host = "127.0.0.1", int port = 1) =>
        SendAsync(new PingFrame(Id, messageId, SendOptions.UseAck | SendOptions.SynchronizedAck, host, port, ""));

    /// <summary>The next ack from the receiver, or null when it closed the connection.</summary>
    public async Task<AckFrame?> ReadAckAsync()
    {
        using var cts = new CancellationTokenSource(ReadLimit);
        try
        {
            var read = await FrameStream.ReadAsync(_stream, _header, 1024, ReadLimit, cts.Token);
            return read?.Frame as AckFrame;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>True when the receiver closed the connection (read returns 0 within the limit).</summary>
    public async Task<bool> IsClosedByPeerAsync()
    {
        using var cts = new CancellationTokenSource(ReadLimit);
        try
        {
            return await _stream.ReadAsync(new byte[1], cts.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
