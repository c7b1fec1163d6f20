using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class ProxyPassSlashMismatchTests
{
    private readonly ProxyPassSlashMismatch _rule = new();

    private const string Balancer = "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001\n</Proxy>\n";

    [Fact]
    public void ProxyPass_path_with_slash_to_balancer_without_slash_is_flagged()
    {
        var d = Single(_rule, Modules + Balancer + "ProxyPass /app/ balancer://c1\n", 13);
        Assert.Equal("ProxyPass path \"/app/\" ends with \"/\" but URL \"balancer://c1\" does not, so \"/app/x\" is forwarded as \"balancer://c1x\"; end both or neither with \"/\"", d.Message);
    }

    [Fact]
    public void ProxyPass_path_without_slash_to_url_with_slash_doubles_the_slash()
    {
        var d = Single(_rule, Modules + "\nProxyPass /app http://127.0.0.1:9001/app/\n", 10);
        Assert.Contains("\"/app/x\" is forwarded as \"http://127.0.0.1:9001/app//x\"", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ProxyPass /app balancer://c1")]
    [InlineData("ProxyPass / balancer://c1/")]
    [InlineData("ProxyPass /app/ balancer://c1/app/")]
    [InlineData("ProxyPass /app/ !")]
    [InlineData("ProxyPassMatch ^/(app)/ balancer://c1/$1")]
    public void ProxyPass_with_symmetric_slashes_or_exclusion_or_regex_is_not_flagged(string line) =>
        None(_rule, Modules + Balancer + line + "\n");
}
