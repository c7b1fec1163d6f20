using System.Net;
using System.Net.Sockets;
using TomcatCompat.Balancer.Forwarding;

namespace TomcatCompat.Balancer.Tests.Forwarding;

// mod_proxy checks a pooled backend connection (ap_proxy_is_socket_connected) before reusing it.
public class BackendConnectionStreamTests
{
    [Fact]
    public async Task Write_after_a_response_fails_before_sending_when_the_member_closed_the_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint);
        using var server = await listener.AcceptSocketAsync();
        await using var stream = new BackendConnectionStream(client);

        await stream.WriteAsync("GET / HTTP/1.1\r\n\r\n"u8.ToArray());
        await server.SendAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
        Assert.True(await stream.ReadAsync(new byte[256]) > 0);

        server.Shutdown(SocketShutdown.Both);
        server.Close();
        for (var i = 0; i < 50 && !(client.Poll(0, SelectMode.SelectRead) && client.Available == 0); i++)
            await Task.Delay(20);   // until the FIN has arrived

        await Assert.ThrowsAsync<IOException>(async () => await stream.WriteAsync("GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
    }

    [Fact]
    public async Task Write_on_a_live_reused_connection_goes_out()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint);
        using var server = await listener.AcceptSocketAsync();
        await using var stream = new BackendConnectionStream(client);

        await stream.WriteAsync("a"u8.ToArray());
        await server.SendAsync("b"u8.ToArray());
        Assert.Equal(1, await stream.ReadAsync(new byte[16]));
        await stream.WriteAsync("c"u8.ToArray());

        var received = new byte[16];
        var total = 0;
        while (total < 2)
            total += await server.ReceiveAsync(received.AsMemory(total));
        Assert.Equal("ac"u8.ToArray(), received[..2]);
    }
}
