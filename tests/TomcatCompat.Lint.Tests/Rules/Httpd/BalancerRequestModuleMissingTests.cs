using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class BalancerRequestModuleMissingTests
{
    private readonly BalancerRequestModuleMissing _rule = new();

    private static string Without(string module) =>
        string.Join('\n', Modules.Split('\n').Where(l => !l.Contains(module, StringComparison.Ordinal)));

    [Fact]
    public void ProxyPass_to_balancer_without_mod_proxy_balancer_is_an_error()
    {
        var d = Single(_rule, Without("proxy_balancer") + "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001\n</Proxy>\nProxyPass /app balancer://c1\n", 12);
        Assert.Equal("ProxyPass \"/app balancer://c1\" needs mod_proxy_balancer, which is not loaded, so every request it handles fails with 500 (httpd AH01144: No protocol handler was valid for the URL, scheme 'balancer'); add LoadModule proxy_balancer_module (a2enmod proxy_balancer)", d.Message);
    }

    [Fact]
    public void BalancerMember_ajp_without_mod_proxy_ajp_is_an_error()
    {
        var d = Single(_rule, Without("proxy_ajp") + "\n<Proxy balancer://c1>\nBalancerMember ajp://127.0.0.1:8009\nBalancerMember ajp://127.0.0.1:8010\n</Proxy>\nProxyPass /app balancer://c1\n", 10);
        Assert.Contains("mod_proxy_ajp", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProxyPass_http_without_mod_proxy_http_is_an_error() =>
        Single(_rule, Without("proxy_http") + "\nProxyPass /x http://127.0.0.1:9001/x\n", 9);

    [Fact]
    public void All_modules_loaded_or_exclusions_are_not_flagged()
    {
        None(_rule, Modules + "\n<Proxy balancer://c1>\nBalancerMember ajp://127.0.0.1:9001\n</Proxy>\nProxyPass /app balancer://c1\nProxyPass /x http://127.0.0.1:9001/x\n");
        None(_rule, Without("proxy_http") + "\nProxyPass /x !\n");
    }
}
