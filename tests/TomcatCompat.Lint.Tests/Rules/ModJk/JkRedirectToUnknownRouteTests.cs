using TomcatCompat.Lint.Rules.ModJk;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;
using static TomcatCompat.Lint.Tests.Rules.ModJk.JkRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.ModJk;

public sealed class JkRedirectToUnknownRouteTests
{
    private readonly JkRedirectToUnknownRoute _rule = new();

    [Fact]
    public void Member_redirect_naming_no_member_route_is_flagged()
    {
        var d = Assert.Single(Run(_rule, Lb(Member("n1", 5, redirect: "n9"), Member("n2", 8))));
        Assert.Equal(("TC2351", Workers, 5), (d.Code, d.Span.File, d.Span.Line));
        Assert.Equal("member \"n1\" of lb worker \"lb\" has redirect=\"n9\", which is no member's route (routes default to worker names), so the redirect never applies; name the route of another member of \"lb\"", d.Message);
    }

    [Fact]
    public void Member_redirect_to_sibling_route_is_not_flagged() =>
        Assert.Empty(Run(_rule, Lb(Member("n1", 5, redirect: "n2"), Member("n2", 8))));
}
