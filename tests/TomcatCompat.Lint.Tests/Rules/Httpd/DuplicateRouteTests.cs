using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class DuplicateRouteTests
{
    private readonly DuplicateRoute _rule = new();

    [Fact]
    public void BalancerMember_route_used_twice_is_flagged_on_the_second()
    {
        var d = Single(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1\nBalancerMember http://127.0.0.1:9002 route=n1\n</Proxy>\n", 12);
        Assert.Equal("BalancerMember \"http://127.0.0.1:9002\" has route=\"n1\", which member \"http://127.0.0.1:9001\" (httpd.conf:11:1) of balancer \"balancer://c1\" already has, so sticky requests for \"n1\" always go to the first one; give each member the jvmRoute of its own node", d.Message);
    }

    [Fact]
    public void BalancerMember_distinct_or_empty_routes_or_case_differences_are_not_flagged() =>
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1\nBalancerMember http://127.0.0.1:9002 route=N1\nBalancerMember http://127.0.0.1:9003\nBalancerMember http://127.0.0.1:9004\n</Proxy>\n");
}
