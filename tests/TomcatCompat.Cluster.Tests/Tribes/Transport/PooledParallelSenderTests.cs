using System.Net;
using System.Net.Sockets;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tests.Tribes.Transport;

public sealed class PooledParallelSenderTests
{
    private static readonly UniqueId Local = new(0, 1);

    [Fact]
    public async Task Transport_use_ack_send_completes_after_the_receiver_acknowledged()
    {
        var handler = new AcceptAll();
        await using var receiver = StartReceiver(handler, 0);
        using var sender = new PooledParallelSender(new SenderOptions());
        var member = new Member("127.0.0.1", receiver.LocalEndPoint!.Port, new UniqueId(0, 2));

        await sender.SendAsync([member], new DataFrame(Local, 1, SendOptions.UseAck | SendOptions.SynchronizedAck, new byte[] { 1 }), CancellationToken.None);

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Transport_nobody_listening_reports_the_member_as_faulty_without_timeout()
    {
        using var sender = new PooledParallelSender(new SenderOptions { MaxRetryAttempts = 1 });
        var member = new Member("127.0.0.1", Support.LoopbackPort.Free(), new UniqueId(0, 2));

        var e = await Assert.ThrowsAsync<ChannelException>(() =>
            sender.SendAsync([member], new DataFrame(Local, 1, SendOptions.UseAck, new byte[] { 1 }), CancellationToken.None));

        Assert.Equal(member, e.FaultyMembers.Single().Member);
        Assert.False(e.FaultyMembers.Single().TimedOut);
    }

    [Fact]
    public async Task Transport_timeout_without_ack_is_a_timed_out_failure()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var sender = new PooledParallelSender(new SenderOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var member = new Member("127.0.0.1", ((IPEndPoint)silent.LocalEndpoint).Port, new UniqueId(0, 2));

        var e = await Assert.ThrowsAsync<ChannelException>(() =>
            sender.SendAsync([member], new DataFrame(Local, 1, SendOptions.UseAck, new byte[] { 1 }), CancellationToken.None));

        Assert.True(e.FaultyMembers.Single().TimedOut);
    }

    [Fact]
    public async Task Transport_maxRetryAttempts_1_recovers_from_a_stale_pooled_connection()
    {
        var handler = new AcceptAll();
        var first = StartReceiver(handler, 0);
        var port = first.LocalEndPoint!.Port;
        using var sender = new PooledParallelSender(new SenderOptions { MaxRetryAttempts = 1 });
        var member = new Member("127.0.0.1", port, new UniqueId(0, 2));
        await sender.SendAsync([member], new DataFrame(Local, 1, SendOptions.UseAck | SendOptions.SynchronizedAck, new byte[] { 1 }), CancellationToken.None);
        await first.DisposeAsync();
        await using var second = StartReceiver(handler, port);

        // Synchronized ack: the ack leaves after the handler ran, so the count is final when the send returns.
        await sender.SendAsync([member], new DataFrame(Local, 2, SendOptions.UseAck | SendOptions.SynchronizedAck, new byte[] { 2 }), CancellationToken.None);

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task Transport_negative_ack_fails_only_with_throwOnFailedAck()
    {
        var handler = new AcceptAll { Result = false };
        await using var receiver = StartReceiver(handler, 0);
        var member = new Member("127.0.0.1", receiver.LocalEndPoint!.Port, new UniqueId(0, 2));
        var frame = new DataFrame(Local, 1, SendOptions.UseAck | SendOptions.SynchronizedAck, new byte[] { 1 });
        using var strict = new PooledParallelSender(new SenderOptions());
        using var lenient = new PooledParallelSender(new SenderOptions { ThrowOnFailedAck = false });

        var e = await Assert.ThrowsAsync<ChannelException>(() => strict.SendAsync([member], frame, CancellationToken.None));
        await lenient.SendAsync([member], frame, CancellationToken.None);

        Assert.Equal("negative acknowledgement", e.FaultyMembers.Single().Reason);
    }

    private static TcpReceiver StartReceiver(IFrameHandler handler, int port)
    {
        var receiver = new TcpReceiver(new ReceiverOptions { Address = IPAddress.Loopback, Port = port, AutoBind = 1 }, handler);
        receiver.Start();
        return receiver;
    }

    private sealed class AcceptAll : IFrameHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public bool Result { get; init; } = true;

        public bool Accept(FrameType type, UniqueId sender) => true;

        public ValueTask<bool> HandleAsync(TribesFrame frame, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(Result);
        }
    }
}
