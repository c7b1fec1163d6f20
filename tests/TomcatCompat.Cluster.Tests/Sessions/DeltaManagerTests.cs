using System.Text;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tests.Support;

namespace TomcatCompat.Cluster.Tests.Sessions;

public sealed class DeltaManagerTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryBus _bus = new();

    [Fact]
    public async Task DeltaManager_session_created_is_announced_at_once_and_delta_at_request_end()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));

        var session = (await a.Manager.CreateSessionAsync())!;
        Assert.NotNull(b.Manager.FindSession(session.Id));
        session.SetAttribute("counter", Utf8("1"));
        Assert.Null(b.Manager.FindSession(session.Id)!.GetAttribute("counter"));
        await a.Manager.RequestCompletedAsync(session);

        Assert.Equal("1", Text(b.Manager.FindSession(session.Id)!.GetAttribute("counter")));
        Assert.Equal([SessionMessageKind.SessionCreated, SessionMessageKind.SessionDelta], _bus.Log.Select(m => m.Kind));
        Assert.Equal([1L, 2L], _bus.Log.Select(m => m.Version));
        Assert.False(b.Manager.FindSession(session.Id)!.IsPrimary);
        Assert.True(session.IsPrimary);
    }

    [Fact]
    public async Task DeltaManager_deltas_delivered_in_reverse_are_applied_in_order()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        _bus.Hold = true;
        for (var i = 1; i <= 5; i++)
        {
            session.SetAttribute("counter", Utf8(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await a.Manager.RequestCompletedAsync(session);
        }

        _bus.DeliverAll(reverse: true);

        var replica = b.Manager.FindSession(session.Id)!;
        Assert.Equal("5", Text(replica.GetAttribute("counter")));
        Assert.Equal(6, replica.Version);
        Assert.Equal(0, b.Manager.StaleDropped);
    }

    [Fact]
    public async Task DeltaManager_stale_or_duplicate_delta_never_overwrites_a_newer_one()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        _bus.Hold = true;
        session.SetAttribute("counter", Utf8("1"));
        await a.Manager.RequestCompletedAsync(session);
        session.SetAttribute("counter", Utf8("2"));
        await a.Manager.RequestCompletedAsync(session);
        var (old, newer) = (_bus.Held[0], _bus.Held[1]);

        _bus.Deliver(old);
        _bus.Deliver(newer);
        _bus.Deliver(old);
        _bus.Deliver(newer);

        Assert.Equal("2", Text(b.Manager.FindSession(session.Id)!.GetAttribute("counter")));
        Assert.Equal(2, b.Manager.StaleDropped);
    }

    [Fact]
    public async Task DeltaManager_delta_arriving_before_session_created_is_not_lost()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        _bus.Hold = true;
        var session = (await a.Manager.CreateSessionAsync())!;
        session.SetAttribute("createdOn", Utf8("node1"));
        await a.Manager.RequestCompletedAsync(session);

        _bus.DeliverAll(reverse: true);

        Assert.Equal("node1", Text(b.Manager.FindSession(session.Id)!.GetAttribute("createdOn")));
    }

    [Fact]
    public async Task DeltaManager_gap_that_never_fills_is_skipped_after_the_gap_timeout()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        _bus.Hold = true;
        session.SetAttribute("x", Utf8("lost"));
        await a.Manager.RequestCompletedAsync(session);
        session.SetAttribute("y", Utf8("kept"));
        await a.Manager.RequestCompletedAsync(session);
        _bus.Deliver(1);

        await b.Manager.ProcessExpiresAsync();
        Assert.Null(b.Manager.FindSession(session.Id)!.GetAttribute("y"));
        _time.Advance(TimeSpan.FromSeconds(6));
        await b.Manager.ProcessExpiresAsync();

        Assert.Equal("kept", Text(b.Manager.FindSession(session.Id)!.GetAttribute("y")));
        Assert.Equal(1, b.Manager.GapsSkipped);
    }

    [Fact]
    public async Task DeltaManager_join_receives_full_state_transfer()
    {
        var a = _bus.Add("node1", _time);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var s = (await a.Manager.CreateSessionAsync())!;
            s.SetAttribute("n", Utf8(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await a.Manager.RequestCompletedAsync(s);
            ids.Add(s.Id);
        }

        var c = _bus.Add("node3", _time, new DeltaManagerOptions { SendAllSessions = false, SendAllSessionsSize = 2, SendAllSessionsWaitTime = TimeSpan.Zero });
        var result = await c.Manager.StartAsync();

        Assert.Equal(StateTransferResult.Received, result);
        Assert.Equal(ids.Order(), c.Manager.SessionIds.Order());
        Assert.Equal("2", Text(c.Manager.FindSession(ids[2])!.GetAttribute("n")));
        Assert.Equal(1, _bus.Log.Count(m => m.Kind == SessionMessageKind.GetAllSessions));
        Assert.Equal(1, _bus.Log.Count(m => m.Kind == SessionMessageKind.AllSessionData));
    }

    [Fact]
    public async Task DeltaManager_sendAllSessionsSize_2_sends_state_in_blocks()
    {
        var a = _bus.Add("node1", _time, new DeltaManagerOptions { SendAllSessions = false, SendAllSessionsSize = 2, SendAllSessionsWaitTime = TimeSpan.Zero });
        for (var i = 0; i < 5; i++)
            await a.Manager.CreateSessionAsync();
        var c = _bus.Add("node3", _time);

        Assert.Equal(StateTransferResult.Received, await c.Manager.StartAsync());

        Assert.Equal(3, _bus.Log.Count(m => m.Kind == SessionMessageKind.AllSessionData));
        Assert.Equal(5, c.Manager.ActiveSessions);
    }

    [Fact]
    public async Task DeltaManager_stateTransferTimeout_60_times_out_on_the_injected_clock()
    {
        var a = _bus.Add("node1", _time);
        var c = _bus.Add("node3", _time);
        _bus.Hold = true;

        var start = c.Manager.StartAsync().AsTask();
        Assert.False(start.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(StateTransferResult.TimedOut, await start);
    }

    [Fact]
    public async Task DeltaManager_start_without_members_skips_state_transfer_and_timeout_0_does_not_wait()
    {
        var alone = new InMemoryBus().Add("node1", _time);
        Assert.Equal(StateTransferResult.Skipped, await alone.Manager.StartAsync());

        _bus.Add("node1", _time);
        var c = _bus.Add("node2", _time, new DeltaManagerOptions { StateTransferTimeout = 0 });
        _bus.Hold = true;
        Assert.Equal(StateTransferResult.NotWaited, await c.Manager.StartAsync());
    }

    [Fact]
    public async Task DeltaManager_messages_during_state_transfer_are_applied_after_it()
    {
        var (a, c) = (_bus.Add("node1", _time), _bus.Add("node3", _time));
        c.Online = false;
        var session = (await a.Manager.CreateSessionAsync())!;
        c.Online = true;
        _bus.Hold = true;
        var start = c.Manager.StartAsync().AsTask();
        session.SetAttribute("late", Utf8("yes"));
        await a.Manager.RequestCompletedAsync(session);
        var delta = _bus.Held.Single(h => h.Message.Kind == SessionMessageKind.SessionDelta);
        _bus.Deliver(delta);
        _bus.Held.Remove(delta);
        Assert.Null(c.Manager.FindSession(session.Id));

        _bus.Hold = false;
        _bus.DeliverAll();
        await start;

        Assert.Equal("yes", Text(c.Manager.FindSession(session.Id)!.GetAttribute("late")));
    }

    [Fact]
    public async Task DeltaManager_primary_expires_after_maxInactiveInterval_and_tells_replicas()
    {
        var (a, b) = (_bus.Add("node1", _time, new DeltaManagerOptions { MaxInactiveInterval = 60 }), _bus.Add("node2", _time, new DeltaManagerOptions { MaxInactiveInterval = 60 }));
        var session = (await a.Manager.CreateSessionAsync())!;

        _time.Advance(TimeSpan.FromSeconds(61));
        await b.Manager.ProcessExpiresAsync();
        Assert.NotNull(b.Manager.FindSession(session.Id));
        await a.Manager.ProcessExpiresAsync();

        Assert.Null(a.Manager.FindSession(session.Id));
        Assert.Null(b.Manager.FindSession(session.Id));
        Assert.Equal(SessionMessageKind.SessionExpired, _bus.Log[^1].Kind);
    }

    [Fact]
    public async Task DeltaManager_replica_expires_silently_after_twice_maxInactiveInterval()
    {
        var options = new DeltaManagerOptions { MaxInactiveInterval = 60 };
        var (a, b) = (_bus.Add("node1", _time, options), _bus.Add("node2", _time, options));
        var session = (await a.Manager.CreateSessionAsync())!;
        a.Online = false;

        _time.Advance(TimeSpan.FromSeconds(121));
        await b.Manager.ProcessExpiresAsync();

        Assert.Null(b.Manager.FindSession(session.Id));
        Assert.DoesNotContain(_bus.Log, m => m.Kind == SessionMessageKind.SessionExpired);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task DeltaManager_expireSessionsOnShutdown_decides_whether_replicas_survive(bool expire, bool survives)
    {
        var options = new DeltaManagerOptions { ExpireSessionsOnShutdown = expire };
        var (a, b) = (_bus.Add("node1", _time, options), _bus.Add("node2", _time, options));
        var session = (await a.Manager.CreateSessionAsync())!;
        var listener = new RecordingSessionListener();
        a.Manager.AddListener(listener);

        await a.Manager.StopAsync();

        Assert.Equal(["destroyed local"], listener.Events);
        Assert.Equal(survives, b.Manager.FindSession(session.Id) is not null);
    }

    [Theory]
    [InlineData(true, "created replica|counter=1 replica")]
    [InlineData(false, "created replica")]
    public async Task DeltaManager_notifyListenersOnReplication_controls_replica_attribute_events(bool notify, string expected)
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time, new DeltaManagerOptions { NotifyListenersOnReplication = notify }));
        var listener = new RecordingSessionListener();
        b.Manager.AddListener(listener);
        var session = (await a.Manager.CreateSessionAsync())!;

        session.SetAttribute("counter", Utf8("1"));
        await a.Manager.RequestCompletedAsync(session);

        Assert.Equal(expected, string.Join('|', listener.Events));
    }

    [Fact]
    public async Task DeltaManager_invalidate_removes_replicas_and_a_late_delta_cannot_revive_it()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        session.SetAttribute("x", Utf8("1"));
        await a.Manager.RequestCompletedAsync(session);
        var delta = _bus.Log[^1];

        await a.Manager.InvalidateAsync(session);
        _bus.Deliver((delta, a, b));

        Assert.Null(b.Manager.FindSession(session.Id));
        Assert.Equal(1, b.Manager.StaleDropped);
    }

    [Fact]
    public async Task DeltaManager_request_without_members_discards_changes()
    {
        var alone = new InMemoryBus().Add("node1", _time);
        var session = (await alone.Manager.CreateSessionAsync())!;
        session.SetAttribute("x", Utf8("1"));

        await alone.Manager.RequestCompletedAsync(session);

        Assert.True(session.Pending.IsEmpty);
        Assert.Equal(1, session.Version);
    }

    [Fact]
    public async Task DeltaManager_unchanged_request_on_a_non_primary_copy_sends_session_accessed()
    {
        var (a, b) = (_bus.Add("node1", _time), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;
        var replica = b.Manager.FindSession(session.Id)!;

        await b.Manager.RequestCompletedAsync(replica);

        Assert.Equal(SessionMessageKind.SessionAccessed, _bus.Log[^1].Kind);
        Assert.False(a.Manager.FindSession(session.Id)!.IsPrimary);
        Assert.True(replica.IsPrimary);
    }

    [Fact]
    public async Task DeltaManager_maxActiveSessions_1_refuses_a_second_session()
    {
        var a = _bus.Add("node1", _time, new DeltaManagerOptions { MaxActiveSessions = 1 });

        Assert.NotNull(await a.Manager.CreateSessionAsync());
        Assert.Null(await a.Manager.CreateSessionAsync());
    }

    [Fact]
    public async Task DeltaManager_sessionAttributeNameFilter_replicates_only_matching_names()
    {
        var filter = new System.Text.RegularExpressions.Regex("^(?:shared\\..*)$");
        var (a, b) = (_bus.Add("node1", _time, new DeltaManagerOptions { SessionAttributeNameFilter = filter }), _bus.Add("node2", _time));
        var session = (await a.Manager.CreateSessionAsync())!;

        session.SetAttribute("shared.cart", Utf8("3"));
        session.SetAttribute("local", Utf8("x"));
        await a.Manager.RequestCompletedAsync(session);

        var replica = b.Manager.FindSession(session.Id)!;
        Assert.Equal("3", Text(replica.GetAttribute("shared.cart")));
        Assert.Null(replica.GetAttribute("local"));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string? Text(byte[]? b) => b is null ? null : Encoding.UTF8.GetString(b);
}
