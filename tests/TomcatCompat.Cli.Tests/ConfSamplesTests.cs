using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;

namespace TomcatCompat.Cli.Tests;

/// <summary>
/// Every conf-samples/* tree imports with zero errors, and its whole topology JSON is pinned by a
/// snapshot (strict in CI: SNAPSHOOTER_STRICT_MODE=true).
/// </summary>
public sealed class ConfSamplesTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(SamplesRoot()).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Conf_sample_imports_with_zero_errors_and_matches_its_snapshot(string sample)
    {
        var run = CliRun.Of("import", Path.Combine(SamplesRoot(), sample), "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var diagnostics = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("diagnostics");
        Assert.DoesNotContain(diagnostics.EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Snapshot.Match(run.Stdout, new SnapshotNameExtension(sample));
    }

    [Fact]
    public void Seed_has_one_balancer_whose_member_routes_are_the_nodes_jvmRoutes()
    {
        var run = CliRun.Of("import", Path.Combine(SamplesRoot(), "seed"));
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        var balancer = Assert.Single(root.GetProperty("balancers").EnumerateArray());
        var routes = balancer.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("route").GetString()).ToList();
        var jvmRoutes = root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("jvmRoute").GetString()).ToList();
        Assert.Equal(["tomcat1", "tomcat2"], routes);
        Assert.Equal(routes, jvmRoutes);
        Assert.All(root.GetProperty("nodes").EnumerateArray(), node =>
        {
            var cluster = node.GetProperty("cluster");
            Assert.Equal(8, cluster.GetProperty("channelSendOptions").GetInt32());
            Assert.Equal("DeltaManager", cluster.GetProperty("manager").GetProperty("kind").GetString());
            var mcast = cluster.GetProperty("channel").GetProperty("membership").GetProperty("service").GetProperty("attributes");
            Assert.Equal(("228.0.0.4", "45564"), (mcast.GetProperty("address").GetString(), mcast.GetProperty("port").GetString()));
            var webapp = Assert.Single(node.GetProperty("webapps").EnumerateArray());
            Assert.Equal(("/test", true), (webapp.GetProperty("contextPath").GetString(), webapp.GetProperty("distributable").GetBoolean()));
        });
    }

    [Fact]
    public void Redis_store_sample_changes_only_the_Manager_to_RedissonSessionManager_reading_its_configPath_yaml()
    {
        var root = JsonDocument.Parse(CliRun.Of("import", Path.Combine(SamplesRoot(), "redis-store")).Stdout).RootElement;
        Assert.All(root.GetProperty("nodes").EnumerateArray(), node =>
        {
            var manager = node.GetProperty("cluster").GetProperty("manager");
            Assert.Equal("RedissonSessionManager", manager.GetProperty("kind").GetString());
            var attributes = manager.GetProperty("attributes");
            Assert.Equal("single", attributes.GetProperty("redisson.mode").GetString());
            Assert.Equal("127.0.0.1:6379", attributes.GetProperty("redisson.addresses").GetString());
            Assert.Equal("REDIS", attributes.GetProperty("readMode").GetString());
        });
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "TC2703");
        // Logs a `run` of the seed may have written are not part of the sample.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SamplesRoot(), "seed", "etc"), "*", SearchOption.AllDirectories).Where(f => !f.Contains("/logs/", StringComparison.Ordinal)))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(file.Replace(Path.Combine("conf-samples", "seed"), Path.Combine("conf-samples", "redis-store"), StringComparison.Ordinal)));
    }

    [Fact]
    public void Msm_memcached_sample_gives_every_webapp_the_MemcachedBackupSessionManager_of_its_context_xml()
    {
        var root = JsonDocument.Parse(CliRun.Of("import", Path.Combine(SamplesRoot(), "msm-memcached")).Stdout).RootElement;
        var failover = root.GetProperty("nodes").EnumerateArray().Select(node =>
        {
            var manager = Assert.Single(node.GetProperty("webapps").EnumerateArray()).GetProperty("manager");
            Assert.Equal("MemcachedBackupSessionManager", manager.GetProperty("kind").GetString());
            Assert.Equal("n1:127.0.0.1:11211,n2:127.0.0.1:11212", manager.GetProperty("attributes").GetProperty("memcachedNodes").GetString());
            return manager.GetProperty("attributes").GetProperty("failoverNodes").GetString();
        });
        Assert.Equal(["n1", "n2"], failover);
    }

    private static string SamplesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "conf-samples");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("conf-samples not found above " + AppContext.BaseDirectory);
    }
}
