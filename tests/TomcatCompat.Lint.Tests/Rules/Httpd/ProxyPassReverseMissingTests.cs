using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class ProxyPassReverseMissingTests
{
    private readonly ProxyPassReverseMissing _rule = new();

    private const string Balancer = "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001\n</Proxy>\n";

    [Fact]
    public void ProxyPass_to_balancer_without_ProxyPassReverse_is_flagged()
    {
        var d = Single(_rule, Modules + Balancer + "ProxyPass /app balancer://c1/app\n", 13);
        Assert.Equal("ProxyPass \"/app\" to \"balancer://c1/app\" has no matching ProxyPassReverse, so redirects from the backends reach clients with member URLs such as \"http://127.0.0.1:9001\" in the Location header; add ProxyPassReverse /app balancer://c1/app", d.Message);
    }

    [Fact]
    public void ProxyPassReverse_for_another_balancer_does_not_count() =>
        Single(_rule, Modules + Balancer + "ProxyPass /app balancer://c1/app\nProxyPassReverse /app balancer://c10/app\n", 13);

    [Theory]
    [InlineData("ProxyPassReverse /app balancer://c1/app")]
    [InlineData("ProxyPassReverse /app balancer://C1/app/")]
    [InlineData("ProxyPassReverse /app http://127.0.0.1:9001/app")]
    [InlineData("<Location /app>\nProxyPassReverse balancer://c1/app\n</Location>")]
    public void ProxyPass_with_ProxyPassReverse_for_balancer_or_member_is_not_flagged(string reverse) =>
        None(_rule, Modules + Balancer + "ProxyPass /app balancer://c1/app\n" + reverse + "\n");

    [Fact]
    public void Main_server_ProxyPassReverse_covers_a_VirtualHost_ProxyPass() =>
        None(_rule, Modules + Balancer + "ProxyPassReverse /app balancer://c1/app\n<VirtualHost *:80>\nProxyPass /app balancer://c1/app\n</VirtualHost>\n");
}
