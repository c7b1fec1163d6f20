using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class NoFailoverConsequencesTests
{
    private readonly NoFailoverConsequences _rule = new();

    [Fact]
    public void ProxySet_nofailover_On_with_stickysession_is_info()
    {
        var d = Single(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1\nProxySet stickysession=JSESSIONID|jsessionid nofailover=On\n</Proxy>\n", 10);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("balancer \"balancer://c1\" has nofailover=On, so while a member is down every user whose JSESSIONID|jsessionid route names it gets 503 (httpd AH01167) instead of another member; keep it only if sessions are not replicated, otherwise remove nofailover", d.Message);
    }

    [Fact]
    public void ProxySet_nofailover_Off_or_without_stickysession_is_not_flagged()
    {
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1\nProxySet stickysession=JSESSIONID\n</Proxy>\n");
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001 route=n1\nProxySet nofailover=On\n</Proxy>\n");
    }
}
