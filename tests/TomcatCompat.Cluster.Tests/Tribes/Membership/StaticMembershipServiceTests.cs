using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Membership;

namespace TomcatCompat.Cluster.Tests.Tribes.Membership;

public sealed class StaticMembershipServiceTests
{
    private static readonly Member Node1 = new("127.0.0.1", 14000, new UniqueId(0, 1));
    private static readonly Member Node2 = new("127.0.0.1", 14001, new UniqueId(0, 2));
    private static readonly Member Node3 = new("127.0.0.1", 14002, new UniqueId(0, 3));

    [Fact]
    public async Task StaticMembershipService_local_member_found_by_receiver_address_and_port()
    {
        var (service, _, _, _) = Create();

        await service.StartAsync("127.0.0.1", 14000, new Listener(), CancellationToken.None);

        Assert.Equal(Node1, service.LocalMember);
        Assert.True(service.IsKnownPeer(Node2.Id));
        Assert.False(service.IsKnownPeer(Node1.Id));
    }

    [Fact]
    public async Task StaticMembershipService_no_matching_member_and_no_LocalMember_fails_start()
    {
        var (service, _, _, _) = Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.StartAsync("127.0.0.1", 15000, new Listener(), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task StaticMembershipService_LocalMember_takes_host_and_port_from_the_receiver()
    {
        var pinger = new FakePinger();
        var service = new StaticMembershipService(new StaticMembershipOptions(), [Node2], Node1 with { Host = "ignored", Port = 1 }, pinger);

        await service.StartAsync("127.0.0.1", 14555, new Listener(), CancellationToken.None);

        Assert.Equal(Node1 with { Port = 14555 }, service.LocalMember);
    }

    [Fact]
    public async Task StaticMembershipService_acknowledged_ping_adds_member_once()
    {
        var (service, pinger, listener, _) = Create();
        pinger.Alive[Node2.Id] = true;

        await service.StartAsync("127.0.0.1", 14000, listener, CancellationToken.None);
        await service.HeartbeatAsync(CancellationToken.None);

        Assert.Equal([Node2], service.GetMembers());
        Assert.Equal(["+" + Node2.Port], listener.Events);
    }

    [Fact]
    public async Task StaticMembershipService_ping_received_from_peer_adds_it_and_stranger_is_ignored()
    {
        var (service, _, listener, _) = Create();
        await service.StartAsync("127.0.0.1", 14000, listener, CancellationToken.None);

        service.PingReceived(Node3.Id);
        service.PingReceived(new UniqueId(9, 9));

        Assert.Equal([Node3], service.GetMembers());
    }

    [Fact]
    public async Task StaticMembershipService_expirationTime_5000_drops_silent_member_after_5_seconds()
    {
        var (service, pinger, listener, time) = Create();
        pinger.Alive[Node2.Id] = true;
        await service.StartAsync("127.0.0.1", 14000, listener, CancellationToken.None);
        pinger.Alive[Node2.Id] = false;

        time.Advance(TimeSpan.FromMilliseconds(5000));
        await service.HeartbeatAsync(CancellationToken.None);
        Assert.Equal([Node2], service.GetMembers());

        time.Advance(TimeSpan.FromMilliseconds(1));
        await service.HeartbeatAsync(CancellationToken.None);

        Assert.Empty(service.GetMembers());
        Assert.Equal(["+14001", "-14001:Expired"], listener.Events);
    }

    [Fact]
    public async Task StaticMembershipService_shutdown_drops_member_at_once_and_stop_tells_members()
    {
        var (service, pinger, listener, _) = Create();
        pinger.Alive[Node2.Id] = true;
        pinger.Alive[Node3.Id] = true;
        await service.StartAsync("127.0.0.1", 14000, listener, CancellationToken.None);

        service.ShutdownReceived(Node3.Id);
        await service.StopAsync(CancellationToken.None);

        Assert.Contains("-14002:Shutdown", listener.Events);
        Assert.Equal([Node2], pinger.ToldShutdown);
    }

    [Fact]
    public async Task StaticMembershipService_useThread_pings_every_pingInterval_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var pinger = new FakePinger();
        var service = new StaticMembershipService(new StaticMembershipOptions { UseThread = true, PingInterval = TimeSpan.FromSeconds(1) }, [Node1, Node2], null, pinger, time);
        await service.StartAsync("127.0.0.1", 14000, new Listener(), CancellationToken.None);
        var afterStart = pinger.Pinged.Count;

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(afterStart + 3, pinger.Pinged.Count);
        await service.DisposeAsync();
    }

    [Fact]
    public void MembershipTable_orders_members_by_id_for_every_node()
    {
        var table = new MembershipTable();
        table.Touch(Node3, DateTimeOffset.UnixEpoch);
        table.Touch(Node2, DateTimeOffset.UnixEpoch);

        Assert.Equal([Node2, Node3], table.Members);
    }

    private static (StaticMembershipService Service, FakePinger Pinger, Listener Listener, FakeTimeProvider Time) Create()
    {
        var time = new FakeTimeProvider();
        var pinger = new FakePinger();
        var service = new StaticMembershipService(new StaticMembershipOptions(), [Node1, Node2, Node3], null, pinger, time);
        return (service, pinger, new Listener(), time);
    }

    private sealed class Listener : IMembershipListener
    {
        public List<string> Events { get; } = [];

        public void MemberAdded(Member member) => Events.Add("+" + member.Port);

        public void MemberDisappeared(Member member, MemberLeaveReason reason) => Events.Add("-" + member.Port + ":" + reason);
    }
}
