using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class StickyMemberWithoutRouteTests
{
    private readonly StickyMemberWithoutRoute _rule = new();

    [Fact]
    public void Sticky_balancer_member_without_route_is_flagged_with_the_jvmRoute_hint()
    {
        var topology = Healthy().WithBalancer(b => b with { Members = b.Members.SetItem(1, b.Members[1] with { Route = null }) });
        var d = Single(_rule, topology, CrossFileFixture.Httpd, 12);
        Assert.Equal(
            "BalancerMember \"ajp://10.0.0.2:8009\" of balancer \"balancer://app\" has no route= although the balancer is sticky on \"JSESSIONID\", so no session ever sticks to it; set route= to the node's <Engine jvmRoute> (route=node2)",
            d.Message);
    }

    [Fact]
    public void Members_with_routes_or_a_non_sticky_balancer_are_not_flagged()
    {
        Assert.Empty(Run(_rule, Healthy()));
        Assert.Empty(Run(_rule, Healthy().WithBalancer(b => b with { StickySession = [], Members = [.. b.Members.Select(m => m with { Route = null })] })));
    }
}
