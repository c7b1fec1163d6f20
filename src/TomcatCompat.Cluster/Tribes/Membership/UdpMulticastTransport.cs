using System.Net;
using System.Net.Sockets;

namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>
/// A UDP socket joined to the group (Tomcat: McastServiceImpl's MulticastSocket): bound to the group port,
/// <c>bind</c> as the multicast interface, <c>ttl</c> and <c>localLoopbackDisabled</c> as socket options.
/// </summary>
internal sealed class UdpMulticastTransport : IMulticastTransport
{
    private readonly Socket _socket;
    private readonly IPEndPoint _group;
    private readonly IPEndPoint _any;

    public UdpMulticastTransport(McastOptions options)
    {
        _group = new IPEndPoint(options.Address, options.Port);
        var v6 = options.Address.AddressFamily == AddressFamily.InterNetworkV6;
        _any = new IPEndPoint(v6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        _socket = new Socket(options.Address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _socket.Bind(new IPEndPoint(v6 ? IPAddress.IPv6Any : IPAddress.Any, options.Port));
            var level = v6 ? SocketOptionLevel.IPv6 : SocketOptionLevel.IP;
            if (v6)
                _socket.SetSocketOption(level, SocketOptionName.AddMembership, new IPv6MulticastOption(options.Address));
            else
                _socket.SetSocketOption(level, SocketOptionName.AddMembership, new MulticastOption(options.Address, options.Bind ?? IPAddress.Any));
            if (options.Bind is { } bind && !v6)
                _socket.SetSocketOption(level, SocketOptionName.MulticastInterface, bind.GetAddressBytes());
            _socket.SetSocketOption(level, SocketOptionName.MulticastLoopback, !options.LocalLoopbackDisabled);
            if (options.Ttl is { } ttl)
                _socket.SetSocketOption(level, SocketOptionName.MulticastTimeToLive, ttl);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> datagram, CancellationToken cancellationToken) =>
        await _socket.SendToAsync(datagram, SocketFlags.None, _group, cancellationToken).ConfigureAwait(false);

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, _any, cts.Token).ConfigureAwait(false);
            return result.ReceivedBytes;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    public void Dispose() => _socket.Dispose();
}
