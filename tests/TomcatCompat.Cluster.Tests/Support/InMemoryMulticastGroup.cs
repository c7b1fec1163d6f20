using System.Threading.Channels;
using TomcatCompat.Cluster.Tribes.Membership;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>A multicast group in memory: every datagram sent reaches every open member socket (loopback on). Sockets can be made to fail.</summary>
internal sealed class InMemoryMulticastGroup
{
    private readonly List<Socket> _sockets = [];

    /// <summary>Sockets opened so far (recovery opens new ones).</summary>
    public int Opened { get; private set; }

    public IMulticastTransport Open(McastOptions options)
    {
        var socket = new Socket(this);
        lock (_sockets)
        {
            _sockets.Add(socket);
            Opened++;
        }

        return socket;
    }

    /// <summary>Makes the sockets open now (or only the one opened <paramref name="index"/>th) fail on send and receive.</summary>
    public void Break(int? index = null)
    {
        lock (_sockets)
        {
            foreach (var s in index is { } i ? [_sockets[i]] : _sockets)
                s.Broken = true;
        }
    }

    private void Deliver(byte[] datagram)
    {
        lock (_sockets)
        {
            foreach (var s in _sockets.Where(s => !s.Disposed))
                s.Inbox.Writer.TryWrite(datagram);
        }
    }

    private sealed class Socket(InMemoryMulticastGroup group) : IMulticastTransport
    {
        public Channel<byte[]> Inbox { get; } = Channel.CreateUnbounded<byte[]>();

        public bool Broken { get; set; }

        public bool Disposed { get; private set; }

        public ValueTask SendAsync(ReadOnlyMemory<byte> datagram, CancellationToken cancellationToken)
        {
            if (Broken)
                throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NetworkDown);
            group.Deliver(datagram.ToArray());
            return ValueTask.CompletedTask;
        }

        public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (Broken)
                throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NetworkDown);
            byte[] datagram;
            try
            {
                datagram = await Inbox.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                throw new ObjectDisposedException(nameof(Socket));
            }

            var n = Math.Min(datagram.Length, buffer.Length);
            datagram.AsMemory(0, n).CopyTo(buffer);
            return n;
        }

        public void Dispose()
        {
            Disposed = true;
            Inbox.Writer.TryComplete();
        }
    }
}
