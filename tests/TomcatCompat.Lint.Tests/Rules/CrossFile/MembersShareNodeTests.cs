using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class MembersShareNodeTests
{
    private readonly MembersShareNode _rule = new();

    [Fact]
    public void Http_and_ajp_members_reaching_one_node_are_flagged_at_the_second()
    {
        var topology = Healthy().WithBalancer(b => b with { Members = [.. b.Members, Member("node1", 13, "10.0.0.1", 8080, "http", route: null)] });
        var d = Single(_rule, topology, CrossFileFixture.Httpd, 13);
        Assert.Equal(
            "BalancerMember \"http://10.0.0.1:8080\" reaches node \"node1\", which member \"ajp://10.0.0.1:8009\" (httpd/httpd.conf:11:5) of balancer \"balancer://app\" already reaches; remove one of them or point it at another node",
            d.Message);
    }

    [Fact]
    public void Members_reaching_distinct_nodes_are_not_flagged() => Assert.Empty(Run(_rule, Healthy()));
}
