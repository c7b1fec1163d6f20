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
