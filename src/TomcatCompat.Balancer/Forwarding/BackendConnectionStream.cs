using System.Net.Sockets;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// A pooled backend connection that, like httpd before it reuses one (mod_proxy's
/// <c>ap_proxy_is_socket_connected</c>), checks that the member has not closed it before a new request
/// goes out. Right after a member dies its idle connections have received FIN/RST, but on a busy
/// machine the pool may not have noticed yet, and a request written there ended as a 502 instead of a
/// failover (seen in the chaos test: 502 in flight, then 502 on a dead pooled connection). A dead
/// connection now fails the write before anything is sent, so the handler retries the request on a new
/// connection, whose refused connect fails over to another member.
/// </summary>
internal sealed class BackendConnectionStream(Socket socket) : NetworkStream(socket, ownsSocket: true)
{
    // A read since the last write means a response was read: the next write starts a request on a reused connection.
    private bool _readSinceWrite;

    public override int Read(Span<byte> buffer)
    {
        _readSinceWrite = true;
        return base.Read(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        _readSinceWrite = true;
        return base.Read(buffer, offset, count);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _readSinceWrite = true;
        return base.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        _readSinceWrite = true;
        return base.ReadAsync(buffer, offset, count, cancellationToken);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureOpenBeforeReuse();
        base.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureOpenBeforeReuse();
        base.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureOpenBeforeReuse();
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureOpenBeforeReuse();
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    private void EnsureOpenBeforeReuse()
    {
        if (!_readSinceWrite)
            return;
        _readSinceWrite = false;
        // Readable with nothing to read = the peer closed (or reset) the connection.
        if (Socket.Poll(0, SelectMode.SelectRead) && Socket.Available == 0)
            throw new IOException("the backend closed this pooled connection before the request was sent");
    }
}
