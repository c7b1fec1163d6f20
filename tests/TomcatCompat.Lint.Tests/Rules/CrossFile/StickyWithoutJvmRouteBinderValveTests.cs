using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class StickyWithoutJvmRouteBinderValveTests
{
    private readonly StickyWithoutJvmRouteBinderValve _rule = new();

    [Fact]
    public void Sticky_balancer_and_Cluster_with_only_ReplicationValve_is_flagged()
    {
        var topology = Healthy().WithNode(1, n => n with { Cluster = Cluster("node2", binder: false) });
        var d = Single(_rule, topology, ServerXml("node2"), 20);
        Assert.Equal(
            "the <Cluster> of node \"node2\" has no JvmRouteBinderValve although balancer \"balancer://app\" is sticky on \"JSESSIONID\"; after a failover the session id keeps the dead node's route, so add <Valve className=\"org.apache.catalina.ha.session.JvmRouteBinderValve\"/> to the <Cluster>",
            d.Message);
    }

    [Fact]
    public void JvmRouteBinderValve_enabled_false_counts_as_missing()
    {
        var cluster = Cluster("node1");
        cluster = cluster with { Valves = [cluster.Valves[0] with { Attributes = cluster.Valves[0].Attributes.Add("enabled", "false") }, cluster.Valves[1]] };
        Single(_rule, Healthy().WithNode(0, n => n with { Cluster = cluster }), ServerXml("node1"), 20);
    }

    [Fact]
    public void Cluster_with_JvmRouteBinderValve_is_not_flagged() => Assert.Empty(Run(_rule, Healthy()));

    [Fact]
    public void Non_sticky_balancer_or_non_distributable_webapp_is_not_flagged()
    {
        var noBinder = Healthy().WithNode(0, n => n with { Cluster = Cluster("node1", binder: false) });
        Assert.Empty(Run(_rule, noBinder.WithBalancer(b => b with { StickySession = [] })));
        Assert.Empty(Run(_rule, noBinder.WithNode(0, n => n with { Webapps = [n.Webapps[0] with { Distributable = false }] })));
    }
}
