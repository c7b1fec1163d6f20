using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Headers;

public class HeaderRuleMiddlewareTests
{
    [Fact]
    public void Header_value_expands_env_variables_and_unset_prints_null()
    {
        var vars = new BalancerVariables { WorkerRoute = "1" };

        Assert.Equal("ROUTEID=.1; path=/", HeaderRuleMiddleware.Format("ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/", vars));
        Assert.Equal("x=(null) 100%", HeaderRuleMiddleware.Format("x=%{BALANCER_SESSION_ROUTE}e 100%%", vars));
    }

    [Theory]
    [InlineData("env=BALANCER_ROUTE_CHANGED", "1", true)]
    [InlineData("env=BALANCER_ROUTE_CHANGED", null, false)]
    [InlineData("env=!BALANCER_ROUTE_CHANGED", null, true)]
    [InlineData(null, null, true)]
    public void Header_env_condition(string? condition, string? changed, bool expected) =>
        Assert.Equal(expected, HeaderRuleMiddleware.EnvConditionHolds(condition, new BalancerVariables { RouteChanged = changed }));

    [Fact]
    public void Header_edit_and_expr_are_not_supported()
    {
        Assert.False(HeaderRuleMiddleware.IsSupported(new HeaderRule("onsuccess", "edit", "Location", "a", null, Span(1))));
        Assert.False(HeaderRuleMiddleware.IsSupported(new HeaderRule("onsuccess", "set", "X", "a", null, Span(1)) { Extra = ["expr=true"] }));
        Assert.True(HeaderRuleMiddleware.IsSupported(new HeaderRule("onsuccess", "add", "Set-Cookie", "a", "env=X", Span(1))));
    }
}
