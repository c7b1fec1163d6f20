using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class ExpireSessionsOnShutdownTests
{
    private readonly ExpireSessionsOnShutdown _rule = new();

    [Fact]
    public void DeltaManager_expireSessionsOnShutdown_true_is_flagged_at_the_Manager()
    {
        var d = Single(_rule, Server(Cluster(Receiver, "", "<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" expireSessionsOnShutdown=\"true\"/>")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 7, 10), d.Span);
        Assert.Equal(
            "<Manager> DeltaManager expireSessionsOnShutdown=\"true\" expires this node's sessions on every node when it stops, so a rolling restart logs its users out cluster-wide; remove it (the default is false)",
            d.Message);
    }

    [Fact]
    public void DeltaManager_expireSessionsOnShutdown_false_as_in_the_seed_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver, "", "<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" expireSessionsOnShutdown=\"false\"/>"))));

    [Fact]
    public void Context_DeltaManager_with_expireSessionsOnShutdown_in_a_clustered_node_is_flagged()
    {
        var xml = Server(Cluster(Receiver)).Replace(
            "<Host name=\"localhost\" appBase=\"webapps\"/>",
            "<Host name=\"localhost\" appBase=\"webapps\"><Context path=\"/app\" docBase=\"app\"><Manager className=\"org.apache.catalina.ha.session.DeltaManager\" expireSessionsOnShutdown=\"true\"/></Context></Host>",
            StringComparison.Ordinal);
        Assert.Contains(" of context \"/app\" expires", Single(_rule, xml).Message);
    }
}
