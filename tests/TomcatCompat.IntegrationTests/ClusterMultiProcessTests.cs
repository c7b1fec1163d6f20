using System.Globalization;
using ClusterBench;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests;

/// <summary>
/// Cluster nodes as separate OS processes (ClusterBench node) on loopback: a crash (kill -9) under a bounded write
/// load in sync-ack mode (channelSendOptions 6, tomcat-cluster.md §3.1) loses no acknowledged write, and a restarted
/// node receives the full state (GET_ALL_SESSIONS, §5.2). Multicast (McastService, §8.1) runs only inside a network
/// namespace this test creates.
/// </summary>
public sealed class ClusterMultiProcessTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);
    private readonly string _dir = Directory.CreateTempSubdirectory("tc-multiprocess-").FullName;
    private readonly List<ChildNode> _nodes = [];

    [Fact]
    public async Task DeltaManager_channelSendOptions_6_kill_9_loses_no_acknowledged_write_and_restart_gets_full_state()
    {
        var confs = ClusterConf.Write(_dir, 3, "delta", 6);
        var (a, b, c) = (await Start(confs[0]), await Start(confs[1]), await Start(confs[2]));
        await Eventually(async () => await a.AskAsync("members", Step) == "2" && await c.AskAsync("members", Step) == "2");
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
            ids.Add(await a.AskAsync("create", Step));

        var acknowledged = new Dictionary<string, string>();
        for (var i = 0; i < 300; i++)
        {
            if (i == 100)
                b.Kill();
            var id = ids[i % ids.Count];
            var value = i.ToString(CultureInfo.InvariantCulture);
            if (await a.AskAsync($"set {id} n {value}", Step) == "ok")
                acknowledged[id] = value;
        }

        Assert.Equal(10, acknowledged.Count);
        foreach (var (id, value) in acknowledged)
            Assert.Equal(value, await c.AskAsync($"get {id} n", Step));

        var restarted = await Start(confs[1]);
        Assert.Equal("10", await restarted.AskAsync("held", Step));
        foreach (var (id, value) in acknowledged)
            Assert.Equal(value, await restarted.AskAsync($"get {id} n", Step));
    }

    [Fact]
    public async Task BackupManager_mapSendOptions_6_kill_9_of_the_primary_leaves_every_session_readable()
    {
        var confs = ClusterConf.Write(_dir, 3, "backup", 6);
        var (a, b, c) = (await Start(confs[0]), await Start(confs[1]), await Start(confs[2]));
        await Eventually(async () => await a.AskAsync("members", Step) == "2" && await c.AskAsync("members", Step) == "2");
        var acknowledged = new Dictionary<string, string>();
        for (var i = 0; i < 10; i++)
        {
            var id = await a.AskAsync("create", Step);
            if (await a.AskAsync($"set {id} n v{i}", Step) == "ok")
                acknowledged[id] = "v" + i.ToString(CultureInfo.InvariantCulture);
        }

        a.Kill();
        await Eventually(async () => await b.AskAsync("members", Step) == "1" && await c.AskAsync("members", Step) == "1");

        foreach (var (id, value) in acknowledged)
            Assert.Equal(value, await c.AskAsync($"get {id} n", Step));
    }

    [SkippableFact]
    public async Task McastService_members_find_each_other_in_a_network_namespace()
    {
        var ip = RealPrograms.Require("ip", "/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip");
        Skip.IfNot(Environment.UserName == "root", "creating a network namespace needs root");
        var ns = "tc-" + Guid.NewGuid().ToString("N")[..8];
        Skip.IfNot(ProcessRunner.Run(ip, ["netns", "add", ns]).ExitCode == 0, "ip netns add failed (no CAP_SYS_ADMIN)");
        try
        {
            Assert.Equal(0, ProcessRunner.Run(ip, ["netns", "exec", ns, "ip", "link", "set", "lo", "up"]).ExitCode);
            Assert.Equal(0, ProcessRunner.Run(ip, ["netns", "exec", ns, "ip", "link", "set", "lo", "multicast", "on"]).ExitCode);
            Assert.Equal(0, ProcessRunner.Run(ip, ["netns", "exec", ns, "ip", "route", "add", "224.0.0.0/4", "dev", "lo"]).ExitCode);
            int[] ports = [24101, 24102];
            const string mcast = "<Membership className=\"org.apache.catalina.tribes.membership.McastService\" address=\"228.0.0.4\" port=\"45564\" frequency=\"200\" dropTime=\"1500\"/>";
            var nodes = new List<ChildNode>();
            for (var i = 0; i < 2; i++)
            {
                var conf = Path.Combine(_dir, "m" + i.ToString(CultureInfo.InvariantCulture), "conf", "server.xml");
                Directory.CreateDirectory(Path.GetDirectoryName(conf)!);
                await File.WriteAllTextAsync(conf, ClusterConf.Xml("node" + (i + 1).ToString(CultureInfo.InvariantCulture), ports, i, "delta", 6, mcast));
                nodes.Add(await Start(conf, ip, "netns", "exec", ns));
            }

            await Eventually(async () => await nodes[0].AskAsync("members", Step) == "1" && await nodes[1].AskAsync("members", Step) == "1");
            var id = await nodes[0].AskAsync("create", Step);
            Assert.Equal("ok", await nodes[0].AskAsync($"set {id} n 42", Step));
            Assert.Equal("42", await nodes[1].AskAsync($"get {id} n", Step));

            nodes[1].Kill();
            await Eventually(async () => await nodes[0].AskAsync("members", Step) == "0");
        }
        finally
        {
            foreach (var n in _nodes)
                n.Dispose();
            _nodes.Clear();
            ProcessRunner.Run(ip, ["netns", "del", ns]);
        }
    }

    public void Dispose()
    {
        foreach (var n in _nodes)
            n.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<ChildNode> Start(string conf, params string[] prefix)
    {
        var node = await ChildNode.StartAsync(conf, Step, prefix);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Polls for at most 20 s.</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }

        Assert.Fail("condition not reached within 20 s");
    }
}
