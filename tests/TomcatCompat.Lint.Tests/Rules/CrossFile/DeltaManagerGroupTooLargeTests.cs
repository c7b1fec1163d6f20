using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class DeltaManagerGroupTooLargeTests
{
    private readonly DeltaManagerGroupTooLarge _rule = new();

    private static Topology Nodes(int count, string manager = "DeltaManager") => new()
    {
        Nodes = [.. Enumerable.Range(1, count).Select(i => Node($"node{i}") with { Cluster = Cluster($"node{i}", manager) })],
    };

    [Fact]
    public void DeltaManager_with_5_nodes_in_one_multicast_group_is_advice()
    {
        var d = Single(_rule, Nodes(5), ServerXml("node1"), 21);
        Assert.Equal(
            "<Manager className=\"org.apache.catalina.DeltaManager\"> replicates all-to-all across 5 nodes in replication group multicast 228.0.0.4:45564; above 4 nodes use BackupManager (primary/backup) or an external session store: org.redisson.tomcat.RedissonSessionManager, com.orangefunction.tomcat.redissessions.RedisSessionManager (Redis) or de.javakaffee.web.msm.MemcachedBackupSessionManager (memcached) in conf/context.xml, whose cost per write does not grow with the nodes",
            d.Message);
    }

    [Fact]
    public void DeltaManager_with_4_nodes_is_not_flagged() => Assert.Empty(Run(_rule, Nodes(4)));

    [Fact]
    public void BackupManager_with_6_nodes_is_not_flagged() => Assert.Empty(Run(_rule, Nodes(6, "BackupManager")));

    [Fact]
    public void DeltaManager_with_static_membership_of_5_members_is_advice()
    {
        var cluster = Cluster("node1");
        var members = Enumerable.Range(2, 5).Select(i => Component("StaticMember", new Config.Text.SourceSpan(ServerXml("node1"), 30 + i))).ToArray();
        cluster = cluster with { Channel = cluster.Channel with { Membership = cluster.Channel.Membership with { Mode = "static", Members = [.. members] } } };
        var d = Single(_rule, new Topology { Nodes = [Node("node1") with { Cluster = cluster }] }, ServerXml("node1"), 21);
        Assert.Contains("across 6 nodes in replication group static", d.Message, StringComparison.Ordinal);
    }
}
