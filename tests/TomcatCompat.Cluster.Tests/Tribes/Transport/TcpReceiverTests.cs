using System.Collections.Concurrent;
using System.Net;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tests.Tribes.Transport;

public sealed class TcpReceiverTests
{
    private static readonly UniqueId Member = new(0, 7);
    private static readonly UniqueId Stranger = new(0, 99);

    [Fact]
    public async Task Receiver_use_ack_frame_is_acknowledged_and_handled()
    {
        var handler = new Handler();
        await using var receiver = Start(handler);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);

        await peer.SendDataAsync(11, [1, 2, 3]);
        var ack = await peer.ReadAckAsync();

        Assert.Equal(new AckFrame(new UniqueId(0, 1), 11, true), ack);
        Assert.Equal(1, receiver.Statistics.Accepted);
    }

    [Fact]
    public async Task Receiver_sync_ack_is_sent_after_processing_with_its_result()
    {
        var handler = new Handler { Result = false };
        await using var receiver = Start(handler);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);

        await peer.SendDataAsync(12, [9], SendOptions.UseAck | SendOptions.SynchronizedAck);
        var ack = await peer.ReadAckAsync();

        Assert.False(ack!.Success);
        Assert.Single(handler.Frames);
    }

    [Fact]
    public async Task Receiver_frame_from_non_member_is_dropped_counted_and_nacked()
    {
        var handler = new Handler();
        await using var receiver = Start(handler);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Stranger);

        await peer.SendDataAsync(1, [1]);
        var ack = await peer.ReadAckAsync();

        Assert.False(ack!.Success);
        Assert.Empty(handler.Frames);
        Assert.Equal(1, receiver.Statistics.NonMember);
    }

    [Fact]
    public async Task Receiver_large_frame_from_non_member_is_refused_before_its_body_is_read()
    {
        var handler = new Handler();
        await using var receiver = Start(handler, maxBody: 1 << 20);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Stranger);
        var frame = FrameCodec.Encode(new DataFrame(Stranger, 1, SendOptions.UseAck, new byte[100_000]));

        await peer.WriteRawAsync(frame[..FrameHeader.Size]);

        Assert.True(await peer.IsClosedByPeerAsync());
        Assert.Equal(1, receiver.Statistics.NonMember);
        Assert.Equal(FrameError.NotAdmitted, receiver.Statistics.LastError);
    }

    [Fact]
    public async Task Receiver_checksum_mismatch_is_dropped_and_the_connection_goes_on()
    {
        var handler = new Handler();
        await using var receiver = Start(handler);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);
        var bad = FrameCodec.Encode(new DataFrame(Member, 1, SendOptions.UseAck, new byte[] { 1, 2 }));
        bad[^1] ^= 0xFF;

        await peer.WriteRawAsync(bad);
        await peer.SendDataAsync(2, [5]);
        var ack = await peer.ReadAckAsync();

        Assert.Equal(2, ack!.MessageId);
        Assert.Equal(1, receiver.Statistics.Malformed);
        Assert.Equal(FrameError.ChecksumMismatch, receiver.Statistics.LastError);
    }

    [Fact]
    public async Task Receiver_oversized_frame_closes_only_that_connection()
    {
        var handler = new Handler();
        await using var receiver = Start(handler, maxBody: 16);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);

        await peer.SendDataAsync(1, new byte[17]);

        Assert.True(await peer.IsClosedByPeerAsync());
        Assert.Equal(1, receiver.Statistics.Oversized);
        await using var second = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);
        await second.SendDataAsync(3, [1]);
        Assert.True((await second.ReadAckAsync())!.Success);
    }

    [Fact]
    public async Task Receiver_garbage_bytes_close_the_connection_without_crashing()
    {
        var handler = new Handler();
        await using var receiver = Start(handler);
        await using var peer = await FakeTribesPeer.ConnectAsync(receiver.LocalEndPoint!, Member);

        await peer.WriteRawAsync([.. Enumerable.Repeat((byte)'G', 64)]);

        Assert.True(await peer.IsClosedByPeerAsync());
        Assert.Equal(FrameError.BadMagic, receiver.Statistics.LastError);
    }

    [Fact]
    public async Task Receiver_autoBind_moves_to_the_next_free_port()
    {
        await using var first = Start(new Handler());
        var port = first.LocalEndPoint!.Port;
        await using var second = new TcpReceiver(new ReceiverOptions { Address = IPAddress.Loopback, Port = port, AutoBind = 5 }, new Handler());

        second.Start();

        Assert.NotEqual(port, second.LocalEndPoint!.Port);
        Assert.InRange(second.LocalEndPoint!.Port, port + 1, port + 4);
    }

    [Fact]
    public async Task Receiver_autoBind_1_on_a_taken_port_fails_to_start()
    {
        await using var first = Start(new Handler());
        await using var second = new TcpReceiver(new ReceiverOptions { Address = IPAddress.Loopback, Port = first.LocalEndPoint!.Port, AutoBind = 1 }, new Handler());

        Assert.Throws<IOException>(second.Start);
    }

    private static TcpReceiver Start(Handler handler, int maxBody = 1024)
    {
        var receiver = new TcpReceiver(new ReceiverOptions { Address = IPAddress.Loopback, Port = 0, MaxBodySize = maxBody }, handler)
        {
            LocalId = new UniqueId(0, 1),
        };
        receiver.Start();
        return receiver;
    }

    private sealed class Handler : IFrameHandler
    {
        public ConcurrentQueue<TribesFrame> Frames { get; } = new();

        public bool Result { get; init; } = true;

        public bool Accept(FrameType type, UniqueId sender) => sender == Member;

        public ValueTask<bool> HandleAsync(TribesFrame frame, CancellationToken cancellationToken)
        {
            Frames.Enqueue(frame);
            return ValueTask.FromResult(Result);
        }
    }
}
