using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class RedirectToUnknownRouteTests
{
    private readonly RedirectToUnknownRoute _rule = new();

    [Fact]
    public void BalancerMember_redirect_to_missing_route_is_flagged()
    {
        var d = Single(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1 redirect=n3\nBalancerMember http://127.0.0.1:9002 route=n2\n</Proxy>\n", 11);
        Assert.Equal("BalancerMember \"http://127.0.0.1:9001\" has redirect=\"n3\", but no member of balancer \"balancer://c1\" has route=\"n3\", so the redirect never applies; set it to the route of an existing member", d.Message);
    }

    [Fact]
    public void BalancerMember_redirect_to_existing_route_is_not_flagged() =>
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1 redirect=n2\nBalancerMember http://127.0.0.1:9002 route=n2\n</Proxy>\n");
}
