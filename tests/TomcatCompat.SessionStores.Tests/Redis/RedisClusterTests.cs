using TomcatCompat.SessionStores.Redis;
using TomcatCompat.SessionStores.Stores;
using TomcatCompat.SessionStores.Tests.Stores;
using TomcatCompat.Testing;

namespace TomcatCompat.SessionStores.Tests.Redis;

/// <summary>Redisson <c>clusterServersConfig</c>: a three-master Redis Cluster on loopback, created by the test.</summary>
public sealed class RedisClusterTests
{
    private static readonly int[] Ports = [23111, 23112, 23113];

    [SkippableFact]
    public async Task Sessions_spread_over_a_three_node_Redis_Cluster_are_shared_between_nodes()
    {
        var cli = RealPrograms.Require("redis-cli", "/usr/bin/redis-cli");
        var dir = Directory.CreateTempSubdirectory("tc-rediscluster-");
        var servers = new List<StoreServer>();
        try
        {
            foreach (var port in Ports)
                servers.Add(StoreServer.Redis(port, "--cluster-enabled", "yes", "--cluster-config-file", Path.Combine(dir.FullName, $"nodes-{port}.conf"), "--dir", dir.FullName));
            var create = ProcessRunner.Run(cli, ["--cluster", "create", .. Ports.Select(p => $"127.0.0.1:{p}"), "--cluster-replicas", "0", "--cluster-yes"], timeoutMs: 30_000);
            Assert.True(create.ExitCode == 0, create.StdOut + create.StdErr);
            await WaitForClusterOkAsync(cli);

            var settings = new RedisStoreSettings { Mode = RedisServerMode.Cluster, Endpoints = [$"127.0.0.1:{Ports[0]}"], KeyPrefix = "redisson:tomcat_session:", TimeoutMs = 2000 };
            await using var a = await TestNode.StartAsync(new StoreManagerOptions { Name = "localhost#/test" }, new RedisSessionStore(settings), "tomcat1");
            await using var b = await TestNode.StartAsync(new StoreManagerOptions { Name = "localhost#/test" }, new RedisSessionStore(settings), "tomcat2");
            var ids = new List<string>();
            for (var i = 0; i < 12; i++)
                ids.Add(await a.RequestAsync(null, ("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            foreach (var id in ids)
                await b.RequestAsync(id, ("seen", "tomcat2"));

            for (var i = 0; i < ids.Count; i++)
            {
                Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), await a.ReadAsync(ids[i], "n"));
                Assert.Equal("tomcat2", await a.ReadAsync(ids[i], "seen"));
            }

            var keysPerNode = Ports.Select(p => int.Parse(ProcessRunner.Run(cli, ["-p", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "dbsize"]).StdOut.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(12, keysPerNode.Sum());
            Assert.True(keysPerNode.Count(k => k > 0) >= 2, string.Join(",", keysPerNode));
            Assert.Empty(a.Log);
        }
        finally
        {
            foreach (var s in servers)
                s.Dispose();
            dir.Delete(recursive: true);
        }
    }

    private static async Task WaitForClusterOkAsync(string cli)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Ports.All(p => ProcessRunner.Run(cli, ["-p", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "cluster", "info"]).StdOut.Contains("cluster_state:ok", StringComparison.Ordinal)))
                return;
            await Task.Delay(200);
        }

        Assert.Fail("the Redis Cluster did not reach cluster_state:ok within 20 s");
    }
}
