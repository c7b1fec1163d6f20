using System.Text;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Sessions;

/// <summary>BackupManager semantics of tomcat-cluster.md §4.5 and §6 (LazyReplicatedMap), on fake peers and virtual time.</summary>
public sealed class BackupManagerTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly MapBus _bus = new();

    [Fact]
    public async Task BackupManager_new_session_has_one_backup_and_proxies_on_the_other_members()
    {
        var nodes = Nodes(4);

        var session = (await nodes[0].Manager.CreateSessionAsync())!;

        Assert.Equal(["primary", "backup", "proxy", "proxy"], nodes.Select(n => Role(n, session.Id)));
        Assert.All(nodes.Skip(2), n => Assert.Equal(nodes[1].LocalMember.Id, n.Manager.Entry(session.Id)!.Backup));
        Assert.Equal([SessionMessageKind.MapBackup, SessionMessageKind.MapProxy, SessionMessageKind.MapProxy], _bus.Log.Select(l => l.Message.Kind));
    }

    [Fact]
    public async Task BackupManager_backup_is_chosen_round_robin_among_the_other_members()
    {
        var nodes = Nodes(4);

        var backups = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var id = (await nodes[0].Manager.CreateSessionAsync())!.Id;
            backups.Add(nodes.Single(n => Role(n, id) == "backup").LocalMember.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(["24001", "24002", "24003", "24001"], backups);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task BackupManager_a_write_sends_one_message_to_the_backup_whatever_the_cluster_size(int n)
    {
        var nodes = Nodes(n);
        var session = (await nodes[0].Manager.CreateSessionAsync())!;
        _bus.Log.Clear();

        session.SetAttribute("counter", Utf8("1"));
        await nodes[0].Manager.RequestCompletedAsync(session);

        var sent = Assert.Single(_bus.Log);
        Assert.Equal(SessionMessageKind.MapDiff, sent.Message.Kind);
        Assert.Equal("1", Text(sent.To.Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_primary_loss_promotes_the_backup_which_chooses_a_new_backup()
    {
        var nodes = Nodes(3);
        var session = await Write(nodes[0], "counter", "7");

        await _bus.Kill(nodes[0]);

        Assert.Equal(["primary", "backup"], nodes.Skip(1).Select(n => Role(n, session.Id)));
        Assert.Equal("7", Text(nodes[2].Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
        var promoted = (await nodes[1].Manager.FindSessionAsync(session.Id))!;
        Assert.True(promoted.IsPrimary);
        Assert.Equal("7", Text(promoted.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_backup_loss_makes_the_primary_choose_a_new_backup()
    {
        var nodes = Nodes(3);
        var session = await Write(nodes[0], "counter", "3");

        await _bus.Kill(nodes[1]);

        Assert.Equal("backup", Role(nodes[2], session.Id));
        Assert.Equal("3", Text(nodes[2].Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_request_on_a_proxy_node_fetches_a_copy_and_becomes_primary()
    {
        var nodes = Nodes(3);
        var session = await Write(nodes[0], "cart", "3 items");

        var fetched = (await nodes[2].Manager.FindSessionAsync(session.Id))!;

        Assert.Equal("3 items", Text(fetched.GetAttribute("cart")));
        Assert.Equal("primary", Role(nodes[2], session.Id));
        Assert.Equal(1, nodes.Count(n => Role(n, session.Id) == "backup"));
        Assert.Contains(_bus.Log, l => l.Message.Kind == SessionMessageKind.MapRetrieve && l.To == nodes[1]);
        fetched.SetAttribute("cart", Utf8("4 items"));
        await nodes[2].Manager.RequestCompletedAsync(fetched);
        var backup = nodes.Single(n => Role(n, session.Id) == "backup");
        Assert.Equal("4 items", Text(backup.Manager.Entry(session.Id)!.Session!.GetAttribute("cart")));
    }

    [Fact]
    public async Task BackupManager_request_on_the_backup_node_promotes_it_and_the_old_primary_lets_go()
    {
        var nodes = Nodes(2);
        var session = await Write(nodes[0], "counter", "1");

        var taken = (await nodes[1].Manager.FindSessionAsync(session.Id))!;

        Assert.True(taken.IsPrimary);
        Assert.Equal(["backup", "primary"], nodes.Select(n => Role(n, session.Id)));
        Assert.Equal(0, nodes[0].Manager.ActiveSessions);
        Assert.Equal(1, nodes[1].Manager.ActiveSessions);
    }

    [Fact]
    public async Task BackupManager_diffs_delivered_in_reverse_are_applied_in_order_and_stale_ones_dropped()
    {
        var nodes = Nodes(2);
        var session = (await nodes[0].Manager.CreateSessionAsync())!;
        _bus.Hold = true;
        for (var i = 1; i <= 4; i++)
        {
            session.SetAttribute("counter", Utf8(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await nodes[0].Manager.RequestCompletedAsync(session);
        }

        var held = _bus.Held.ToList();
        _bus.DeliverAll(reverse: true);
        _bus.Deliver(held[0]);

        var copy = nodes[1].Manager.Entry(session.Id)!.Session!;
        Assert.Equal("4", Text(copy.GetAttribute("counter")));
        Assert.Equal(5, copy.Version);
        Assert.Equal(1, nodes[1].Manager.StaleDropped);
    }

    [Fact]
    public async Task BackupManager_an_older_full_copy_never_overwrites_a_newer_backup()
    {
        var nodes = Nodes(2);
        var session = (await nodes[0].Manager.CreateSessionAsync())!;
        var first = _bus.Log.Single(l => l.Message.Kind == SessionMessageKind.MapBackup);
        await Write(nodes[0], session, "counter", "2");

        _bus.Deliver(first);

        Assert.Equal("2", Text(nodes[1].Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
        Assert.Equal(1, nodes[1].Manager.StaleDropped);
    }

    [Fact]
    public async Task BackupManager_unreachable_backup_is_passed_over_before_the_request_completes()
    {
        var nodes = Nodes(3);
        var session = await Write(nodes[0], "counter", "1");
        nodes[1].Online = false;
        nodes[0].Undetected.Add(nodes[1]);

        await Write(nodes[0], session, "counter", "2");

        Assert.Equal("backup", Role(nodes[2], session.Id));
        Assert.Equal("2", Text(nodes[2].Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
        // The diff to the dead backup, then the proxy update to it.
        Assert.Equal(2, nodes[0].Manager.SendFailures);
    }

    [Fact]
    public async Task BackupManager_backup_without_a_copy_asks_the_primary_to_send_it_again()
    {
        var nodes = Nodes(2);
        var session = (await nodes[0].Manager.CreateSessionAsync())!;
        await nodes[1].Manager.StopAsync();

        await Write(nodes[0], session, "counter", "5");

        Assert.Contains(_bus.Log, l => l.Message.Kind == SessionMessageKind.MapResync);
        Assert.Equal("5", Text(nodes[1].Manager.Entry(session.Id)!.Session!.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_invalidate_removes_the_session_from_every_member()
    {
        var nodes = Nodes(3);
        var session = await Write(nodes[0], "counter", "1");

        await nodes[0].Manager.InvalidateAsync(session);

        Assert.All(nodes, n => Assert.Null(n.Manager.Entry(session.Id)));
        Assert.Null(await nodes[2].Manager.FindSessionAsync(session.Id));
    }

    [Fact]
    public async Task BackupManager_JvmRouteBinderValve_on_a_proxy_node_fetches_renames_and_every_member_follows()
    {
        var nodes = Nodes(3, ["node1", "node2", "node3"]);
        var oldId = (await Write(nodes[0], "counter", "1")).Id;

        var binding = await new JvmRouteBinder(nodes[2].Manager, "node3").BindAsync(oldId);

        Assert.EndsWith(".node3", binding.SessionId, StringComparison.Ordinal);
        Assert.All(nodes, n => Assert.Null(n.Manager.Entry(oldId)));
        Assert.Equal("primary", Role(nodes[2], binding.SessionId));
        Assert.Equal(1, nodes.Count(n => Role(n, binding.SessionId) == "backup"));
        Assert.Equal("1", Text((await nodes[2].Manager.FindSessionAsync(binding.SessionId))!.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_start_learns_every_placement_from_the_first_member()
    {
        var nodes = Nodes(2);
        var session = await Write(nodes[0], "counter", "9");
        var late = _bus.Add("node3", _time);

        await late.Manager.StartAsync();
        var found = (await late.Manager.FindSessionAsync(session.Id))!;

        Assert.Equal("9", Text(found.GetAttribute("counter")));
    }

    [Fact]
    public async Task BackupManager_terminateOnStartFailure_true_fails_the_start_after_rpcTimeout()
    {
        var options = new BackupManagerOptions { TerminateOnStartFailure = true, RpcTimeout = TimeSpan.FromSeconds(15) };
        _bus.Add("node1", _time);
        var b = _bus.Add("node2", _time, options);
        _bus.Drop = m => m.Kind == SessionMessageKind.MapState;

        var start = b.Manager.StartAsync().AsTask();
        _time.Advance(TimeSpan.FromSeconds(16));

        await Assert.ThrowsAsync<InvalidOperationException>(() => start);
    }

    [Fact]
    public async Task BackupManager_maxActiveSessions_counts_only_sessions_primary_here()
    {
        var nodes = Nodes(2, options: new BackupManagerOptions { MaxActiveSessions = 1 });
        await nodes[1].Manager.CreateSessionAsync();

        Assert.NotNull(await nodes[0].Manager.CreateSessionAsync());
        Assert.Null(await nodes[0].Manager.CreateSessionAsync());
    }

    [Fact]
    public async Task BackupManager_notifyListenersOnReplication_false_keeps_backup_listeners_quiet()
    {
        var nodes = Nodes(2, options: new BackupManagerOptions { NotifyListenersOnReplication = false });
        var listener = new RecordingSessionListener();
        nodes[1].Manager.AddListener(listener);

        await Write(nodes[0], "counter", "1");

        Assert.Equal(["created replica"], listener.Events);
    }

    [Fact]
    public async Task BackupManager_primary_expires_after_timeout_and_the_backup_copy_goes_with_it()
    {
        var nodes = Nodes(2, options: new BackupManagerOptions { MaxInactiveInterval = 60 });
        var session = await Write(nodes[0], "counter", "1");

        _time.Advance(TimeSpan.FromSeconds(61));
        await nodes[0].Manager.ProcessExpiresAsync();

        Assert.Null(nodes[1].Manager.Entry(session.Id));
        Assert.Null(await nodes[0].Manager.FindSessionAsync(session.Id));
    }

    private List<MapNode> Nodes(int n, string[]? routes = null, BackupManagerOptions? options = null) =>
        [.. Enumerable.Range(0, n).Select(i => _bus.Add(routes?[i] ?? "node" + (i + 1), _time, options))];

    private async Task<DeltaSession> Write(MapNode node, string name, string value) =>
        await Write(node, (await node.Manager.CreateSessionAsync())!, name, value);

    private static async Task<DeltaSession> Write(MapNode node, DeltaSession session, string name, string value)
    {
        session.SetAttribute(name, Utf8(value));
        await node.Manager.RequestCompletedAsync(session);
        return session;
    }

    private static string? Role(MapNode node, string id) => node.Manager.Entry(id) switch
    {
        null => null,
        { Session: null } => "proxy",
        var e when e.Primary == node.LocalMember.Id => "primary",
        _ => "backup",
    };

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string? Text(byte[]? b) => b is null ? null : Encoding.UTF8.GetString(b);
}
