using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class ClusterWithoutDistributableTests
{
    private readonly ClusterWithoutDistributable _rule = new();

    [Fact]
    public void Cluster_whose_webapps_lack_distributable_is_flagged_at_the_Cluster()
    {
        var d = Single(_rule, Healthy().WithNode(0, n => n with { Webapps = [n.Webapps[0] with { Distributable = false }] }), ServerXml("node1"), 20);
        Assert.Equal(
            "node \"node1\" has a <Cluster>, but none of its webapps (/app) is <distributable/>, so no session is replicated; add <distributable/> to the web.xml of the webapps that need failover",
            d.Message);
    }

    [Fact]
    public void Webapp_naming_a_cluster_Manager_itself_replicates_and_is_not_flagged()
    {
        var topology = Healthy().WithNode(0, n => n with
        {
            Webapps = [n.Webapps[0] with { Distributable = false, Manager = Component("BackupManager", new Config.Text.SourceSpan("node1/webapps/app/META-INF/context.xml", 2)) }],
        });
        Assert.Empty(Run(_rule, topology));
    }

    [Fact]
    public void Cluster_with_a_distributable_webapp_is_not_flagged() => Assert.Empty(Run(_rule, Healthy()));
}
