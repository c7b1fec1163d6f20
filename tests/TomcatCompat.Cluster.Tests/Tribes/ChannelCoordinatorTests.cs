using System.Collections.Concurrent;
using System.Net;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Membership;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tests.Tribes;

public sealed class ChannelCoordinatorTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private static readonly Member Local = new("127.0.0.1", 0, new UniqueId(0, 1));

    [Fact]
    public async Task StaticMembershipService_fake_peer_joins_by_ping_sends_data_and_leaves_by_shutdown()
    {
        var peerMember = new Member("127.0.0.1", LoopbackPort.Free(), new UniqueId(0, 2));
        var events = new Events();
        await using var channel = Channel([peerMember], events);
        await channel.StartAsync(CancellationToken.None);
        var endpoint = channel.Coordinator.Receiver.LocalEndPoint!;
        await using var peer = await FakeTribesPeer.ConnectAsync(endpoint, peerMember.Id);

        await peer.PingAsync(1);
        Assert.True((await peer.ReadAckAsync())!.Success);
        Assert.Equal([peerMember], channel.GetMembers());

        await peer.SendDataAsync(2, [4, 2], SendOptions.UseAck | SendOptions.SynchronizedAck);
        Assert.True((await peer.ReadAckAsync())!.Success);
        Assert.Equal([4, 2], events.Messages.Single().Payload.ToArray());
        Assert.Equal(peerMember, events.Messages.Single().Sender);

        await peer.SendAsync(new ShutdownFrame(peerMember.Id, 3));
        Assert.Equal(MemberLeaveReason.Shutdown, await events.Gone.Task.WaitAsync(Bound));
        Assert.Empty(channel.GetMembers());
    }

    [Fact]
    public async Task StaticMembershipService_ping_and_data_from_unconfigured_member_are_refused()
    {
        var events = new Events();
        await using var channel = Channel([new Member("127.0.0.1", LoopbackPort.Free(), new UniqueId(0, 2))], events);
        await channel.StartAsync(CancellationToken.None);
        await using var stranger = await FakeTribesPeer.ConnectAsync(channel.Coordinator.Receiver.LocalEndPoint!, new UniqueId(0, 66));

        await stranger.PingAsync(1);
        var pingAck = await stranger.ReadAckAsync();
        await stranger.SendDataAsync(2, [1]);
        var dataAck = await stranger.ReadAckAsync();

        Assert.False(pingAck!.Success);
        Assert.False(dataAck!.Success);
        Assert.Empty(channel.GetMembers());
        Assert.Empty(events.Messages);
        Assert.Equal(2, channel.Coordinator.Receiver.Statistics.NonMember);
    }

    private static GroupChannel Channel(IReadOnlyList<Member> members, Events events)
    {
        var coordinator = new ChannelCoordinator(new ReceiverOptions { Address = IPAddress.Loopback, Port = 0 }, new SenderOptions(),
            p => new StaticMembershipService(new StaticMembershipOptions { ConnectTimeout = TimeSpan.FromMilliseconds(200) }, members, Local, p));
        var channel = new GroupChannel(coordinator) { HeartbeatEnabled = false };
        channel.AddChannelListener(events);
        channel.AddMembershipListener(events);
        return channel;
    }

    private sealed class Events : IChannelListener, IMembershipListener
    {
        public ConcurrentQueue<ChannelMessage> Messages { get; } = new();

        public TaskCompletionSource<MemberLeaveReason> Gone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void MessageReceived(ChannelMessage message) => Messages.Enqueue(message);

        public void MemberAdded(Member member)
        {
        }

        public void MemberDisappeared(Member member, MemberLeaveReason reason) => Gone.TrySetResult(reason);
    }
}
