using System.Text;
using TomcatCompat.Cluster.Configuration;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tests.Support;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests;

/// <summary>Three nodes built from server.xml by the real front end and ClusterFactory, talking over loopback.</summary>
public sealed class ClusterLoopbackTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly int[] _ports = [LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()];
    private readonly List<ClusterRuntime> _runtimes = [];

    [Fact]
    public async Task Cluster_channelSendOptions_6_write_on_A_is_readable_on_B_and_C_when_the_call_returns()
    {
        var (a, b, c) = (await StartNode(0), await StartNode(1), await StartNode(2));
        var managers = new[] { (DeltaManager)a.CreateManager("localhost#/app"), (DeltaManager)b.CreateManager("localhost#/app"), (DeltaManager)c.CreateManager("localhost#/app") };

        var session = (await managers[0].CreateSessionAsync())!;
        session.SetAttribute("counter", Encoding.UTF8.GetBytes("1"));
        await managers[0].RequestCompletedAsync(session);

        Assert.Equal(2, a.Channel.GetMembers().Count);
        Assert.Equal("1", Encoding.UTF8.GetString(managers[1].FindSession(session.Id)!.GetAttribute("counter")!));
        Assert.Equal("1", Encoding.UTF8.GetString(managers[2].FindSession(session.Id)!.GetAttribute("counter")!));
        Assert.EndsWith(".node1", session.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_JvmRouteBinderValve_on_B_renames_the_session_on_every_node()
    {
        var (a, b) = (await StartNode(0), await StartNode(1));
        var (ma, mb) = ((DeltaManager)a.CreateManager("localhost#/app"), (DeltaManager)b.CreateManager("localhost#/app"));
        var oldId = (await ma.CreateSessionAsync())!.Id;

        var binding = await b.CreateBinder(mb).BindAsync(oldId);

        Assert.EndsWith(".node2", binding.SessionId, StringComparison.Ordinal);
        Assert.NotNull(ma.FindSession(binding.SessionId));
        Assert.Null(ma.FindSession(oldId));
    }

    [Fact]
    public async Task Cluster_DeltaManager_join_receives_full_state_transfer_over_tcp()
    {
        var (a, b) = (await StartNode(0), await StartNode(1));
        var (ma, mb) = ((DeltaManager)a.CreateManager("localhost#/app"), (DeltaManager)b.CreateManager("localhost#/app"));
        var session = (await ma.CreateSessionAsync())!;
        session.SetAttribute("cart", Encoding.UTF8.GetBytes("3 items"));
        await ma.RequestCompletedAsync(session);

        var c = await StartNode(2);
        var mc = (DeltaManager)c.CreateManager("localhost#/app");
        var result = await mc.StartAsync().AsTask().WaitAsync(Bound);

        Assert.Equal(StateTransferResult.Received, result);
        Assert.Equal("3 items", Encoding.UTF8.GetString(mc.FindSession(session.Id)!.GetAttribute("cart")!));
    }

    [Fact]
    public async Task Cluster_graceful_stop_is_seen_by_the_others_without_verification()
    {
        var (a, b) = (await StartNode(0), await StartNode(1));
        var gone = new TaskCompletionSource<MemberLeaveReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        a.Channel.AddMembershipListener(new GoneListener(gone));

        await b.StopAsync();
        _runtimes.Remove(b);

        Assert.Equal(MemberLeaveReason.Shutdown, await gone.Task.WaitAsync(Bound));
        Assert.Empty(a.Channel.GetMembers());
    }

    [Fact]
    public async Task Cluster_BackupManager_mapSendOptions_6_request_on_a_proxy_node_fetches_the_session_over_tcp()
    {
        var nodes = new[] { await StartNode(0, backup: true), await StartNode(1, backup: true), await StartNode(2, backup: true) };
        var managers = nodes.Select(n => (BackupManager)n.CreateManager("localhost#/app")).ToArray();
        foreach (var m in managers)
            await m.StartAsync().AsTask().WaitAsync(Bound);
        var session = (await managers[0].CreateSessionAsync())!;
        session.SetAttribute("counter", Encoding.UTF8.GetBytes("1"));
        await managers[0].RequestCompletedAsync(session);
        var proxy = managers.Single(m => m.Entry(session.Id) is { Session: null });

        var fetched = await proxy.FindSessionAsync(session.Id).AsTask().WaitAsync(Bound);

        Assert.Equal("1", Encoding.UTF8.GetString(fetched!.GetAttribute("counter")!));
        Assert.True(fetched.IsPrimary);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var runtime in _runtimes)
            await runtime.StopAsync();
    }

    private async Task<ClusterRuntime> StartNode(int index, bool backup = false)
    {
        var xml = ClusterXml.Seed(_ports[index], _ports).Replace("channelSendOptions=\"8\"", "channelSendOptions=\"6\"", StringComparison.Ordinal);
        if (backup)
            xml = xml.Replace("session.DeltaManager\" expireSessionsOnShutdown=\"false\"", "session.BackupManager\"", StringComparison.Ordinal);
        var route = "node" + (index + 1);
        var result = ClusterFactory.Build(ClusterXml.Read(xml, route), NoDns.Options(route));
        var runtime = result.Runtime ?? throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
        await runtime.StartAsync().AsTask().WaitAsync(Bound);
        _runtimes.Add(runtime);
        return runtime;
    }

    private sealed class GoneListener(TaskCompletionSource<MemberLeaveReason> gone) : IMembershipListener
    {
        public void MemberAdded(Member member)
        {
        }

        public void MemberDisappeared(Member member, MemberLeaveReason reason) => gone.TrySetResult(reason);
    }
}
