using System.Net.Sockets;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>One keep-alive TCP connection to a member's receiver, used by one send at a time.</summary>
internal sealed class SenderConnection : IDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly byte[] _header = new byte[FrameHeader.Size];

    private SenderConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async ValueTask<SenderConnection> ConnectAsync(Member member, bool noDelay, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = noDelay };
        try
        {
            await client.ConnectAsync(member.Host, member.Port, cancellationToken).ConfigureAwait(false);
            return new SenderConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        _stream.WriteAsync(frame, cancellationToken);

    /// <summary>Reads until the ack for <paramref name="messageId"/>; anything else on the stream is skipped.</summary>
    public async ValueTask<bool> ReadAckAsync(long messageId, int maxBodySize, TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await FrameStream.ReadAsync(_stream, _header, maxBodySize, timeout, cancellationToken).ConfigureAwait(false)
                ?? throw new IOException("the receiver closed the connection before acknowledging");
            if (read.Frame is AckFrame ack && ack.MessageId == messageId)
                return ack.Success;
            if (read.Frame is null && FrameStream.IsFatal(read.Error))
                throw new IOException($"unreadable acknowledgement ({read.Error})");
        }
    }

    public void Dispose() => _client.Dispose();
}
