using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.ModJk;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;
using static TomcatCompat.Lint.Tests.Rules.ModJk.JkRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.ModJk;

public sealed class JkLbNoActiveMemberTests
{
    private readonly JkLbNoActiveMember _rule = new();

    [Fact]
    public void Lb_with_every_member_activation_D_or_S_is_flagged()
    {
        var d = Assert.Single(Run(_rule, Lb(Member("n1", 5, MemberStatus.Disabled), Member("n2", 8, MemberStatus.Stopped))));
        Assert.Equal(("TC2350", Workers, 2), (d.Code, d.Span.File, d.Span.Line));
        Assert.Equal("every member of lb worker \"lb\" is disabled or stopped (n1=D, n2=S), so mod_jk has no member for requests without a session and answers 503; set activation=A on at least one member", d.Message);
    }

    [Fact]
    public void Lb_with_one_active_member_or_httpd_balancer_is_not_flagged()
    {
        Assert.Empty(Run(_rule, Lb(Member("n1", 5, MemberStatus.Disabled), Member("n2", 8))));
        var httpd = Lb(Member("n1", 5, MemberStatus.Disabled));
        Assert.Empty(Run(_rule, httpd with { Balancers = [httpd.Balancers[0] with { Origin = "mod_proxy_balancer" }] }));
    }
}
