using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class DistributableWithoutClusterTests
{
    private readonly DistributableWithoutCluster _rule = new();

    [Fact]
    public void Distributable_webapp_on_a_node_without_Cluster_is_flagged_at_its_web_xml()
    {
        var d = Single(_rule, Healthy().WithNode(1, n => n with { Cluster = null }), WebXml("node2"), 3);
        Assert.Equal(
            "webapp \"/app\" is <distributable/> but node \"node2\" has no <Cluster> in its Engine or Host \"localhost\", so its sessions are not replicated; add a <Cluster> to the Engine or drop <distributable/>",
            d.Message);
    }

    [Fact]
    public void Host_level_Cluster_counts()
    {
        var topology = Healthy().WithNode(1, n => n with { Cluster = null, Hosts = [n.Hosts[0] with { Cluster = Cluster("node2") }] });
        Assert.Empty(Run(_rule, topology));
    }

    [Fact]
    public void Distributable_webapp_with_Engine_Cluster_is_not_flagged() => Assert.Empty(Run(_rule, Healthy()));
}
