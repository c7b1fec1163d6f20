using System.Collections.Concurrent;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Membership;

namespace TomcatCompat.Cluster.Tests.Tribes.Membership;

/// <summary>McastService (tomcat-cluster.md §8.1) over an in-memory group and virtual time; real sockets only in the netns test.</summary>
public sealed class McastServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryMulticastGroup _group = new();
    private readonly List<McastService> _services = [];

    [Fact]
    public async Task McastService_member_is_added_on_its_first_heartbeat_with_receiver_host_port_and_domain()
    {
        var (a, events) = await Start(4001, domain: "blue");
        var (b, _) = await Start(4002, domain: "blue");

        await Eventually(() => a.GetMembers().Count == 1 && b.GetMembers().Count == 1);

        var seen = Assert.Single(a.GetMembers());
        Assert.Equal(("127.0.0.1", 4002, "blue", b.LocalMember.Id), (seen.Host, seen.Port, seen.Domain, seen.Id));
        Assert.Equal(["added 4002"], events);
    }

    [Fact]
    public async Task McastService_dropTime_expires_a_silent_member()
    {
        var (a, events) = await Start(4001);
        await Start(4002, recovery: false);
        await Eventually(() => a.GetMembers().Count == 1);

        _group.Break(1);
        for (var i = 0; i < 8 && !events.Contains("expired 4002"); i++)
            _time.Advance(TimeSpan.FromMilliseconds(500));
        await Eventually(() => events.Contains("expired 4002"));

        Assert.Equal(["added 4002", "expired 4002"], events);
    }

    [Fact]
    public async Task McastService_stop_sends_a_shutdown_beacon_seen_at_once()
    {
        var (a, events) = await Start(4001);
        var (b, _) = await Start(4002);
        await Eventually(() => a.GetMembers().Count == 1);

        await b.StopAsync(CancellationToken.None);

        await Eventually(() => events.Contains("shutdown 4002"));
        Assert.Empty(a.GetMembers());
    }

    [Fact]
    public async Task McastService_recoveryCounter_errors_reopen_the_socket_after_recoverySleepTime()
    {
        var (a, _) = await Start(4001, recovery: true);
        _group.Break();

        for (var i = 0; i < 200 && a.Recoveries == 0; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(5);
        }

        Assert.Equal(1, a.Recoveries);
        Assert.True(_group.Opened >= 2);
    }

    [Fact]
    public async Task McastService_datagram_that_is_not_a_beacon_is_counted_and_ignored()
    {
        var (a, _) = await Start(4001);
        var other = _group.Open(new McastOptions());

        await other.SendAsync("TRIBES-B garbage"u8.ToArray(), CancellationToken.None);

        await Eventually(() => a.Undecodable == 1);
        Assert.Empty(a.GetMembers());
    }

    [Fact]
    public void McastBeacon_round_trips()
    {
        var beacon = new McastBeacon(McastBeacon.Alive, new UniqueId(7, 9), "10.0.0.5", 4000, "blü", 1234);

        Assert.Equal(beacon, McastBeacon.TryDecode(beacon.Encode()));
    }

    [Fact]
    public void McastBeacon_random_and_mutated_datagrams_never_throw()
    {
        Gen.Byte.Array[0, 200].Sample(bytes => McastBeacon.TryDecode(bytes) is null || bytes.Length > 0);
        var valid = new McastBeacon(McastBeacon.Alive, new UniqueId(1, 2), "127.0.0.1", 4000, "d", 5).Encode();
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, Gen.Int[0, valid.Length]).Sample((index, value, cut) =>
        {
            var mutated = valid.ToArray();
            mutated[index] = value;
            _ = McastBeacon.TryDecode(mutated.AsSpan(0, cut));
            return true;
        });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var s in _services)
            await s.DisposeAsync();
    }

    private async Task<(McastService Service, ConcurrentQueue<string> Events)> Start(int port, string domain = "", bool recovery = true)
    {
        var options = new McastOptions { Domain = domain, MemberWait = TimeSpan.Zero, RecoveryEnabled = recovery, RecoveryCounter = 3, RecoverySleepTime = TimeSpan.FromSeconds(1) };
        var service = new McastService(options, _time, _group.Open);
        var events = new ConcurrentQueue<string>();
        await service.StartAsync("127.0.0.1", port, new Recorder(events), CancellationToken.None);
        _services.Add(service);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        return (service, events);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.True(condition());
    }

    private sealed class Recorder(ConcurrentQueue<string> events) : IMembershipListener
    {
        public void MemberAdded(Member member) => events.Enqueue("added " + member.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void MemberDisappeared(Member member, MemberLeaveReason reason) =>
            events.Enqueue((reason == MemberLeaveReason.Shutdown ? "shutdown " : "expired ") + member.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
