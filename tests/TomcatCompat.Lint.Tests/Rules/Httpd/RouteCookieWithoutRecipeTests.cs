using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class RouteCookieWithoutRecipeTests
{
    private readonly RouteCookieWithoutRecipe _rule = new();

    private const string Balancer = "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=1\nProxySet stickysession=ROUTEID\n</Proxy>\n";

    [Fact]
    public void ProxySet_stickysession_ROUTEID_without_Header_recipe_is_flagged()
    {
        var d = Single(_rule, Modules + Balancer, 10);
        Assert.Equal("balancer \"balancer://c1\" has stickysession=\"ROUTEID\", a route cookie that no Header directive sets, so no request carries it and stickiness never engages; add Header add Set-Cookie \"ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/\" env=BALANCER_ROUTE_CHANGED", d.Message);
    }

    [Fact]
    public void Header_recipe_for_another_cookie_name_does_not_count() =>
        Single(_rule, Modules + "\nHeader add Set-Cookie \"SERVERID=.%{BALANCER_WORKER_ROUTE}e; path=/\" env=BALANCER_ROUTE_CHANGED" + Balancer, 11);

    [Fact]
    public void Header_recipe_in_main_server_is_not_flagged() =>
        None(_rule, Modules + "\nHeader add Set-Cookie \"ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/\" env=BALANCER_ROUTE_CHANGED" + Balancer);

    [Fact]
    public void ProxySet_stickysession_JSESSIONID_is_not_flagged() =>
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=1\nProxySet stickysession=JSESSIONID|jsessionid\n</Proxy>\n");
}
