using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class BalancerManagerUnrestrictedTests
{
    private readonly BalancerManagerUnrestricted _rule = new();

    [Fact]
    public void SetHandler_balancer_manager_without_Require_is_flagged()
    {
        var d = Single(_rule, Modules + "\n<Location /balancer-manager>\nSetHandler balancer-manager\n</Location>\n", 11);
        Assert.Equal("<Location \"/balancer-manager\"> with SetHandler balancer-manager has no Require line, so anyone who can reach this server can disable members and change the balancer; add Require local or Require ip <admin network> inside it", d.Message);
    }

    [Fact]
    public void SetHandler_balancer_manager_with_Require_all_granted_is_flagged()
    {
        var d = Single(_rule, Modules + "\n<Location /bm>\nSetHandler balancer-manager\nRequire ip 10.0.0.0/8\nRequire all granted\n</Location>\n", 11);
        Assert.Contains("has \"Require all granted\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_server_manager_is_reported_once_even_with_VirtualHosts() =>
        Single(_rule, Modules + "\n<Location /bm>\nSetHandler balancer-manager\n</Location>\n<VirtualHost *:80>\nServerName a\n</VirtualHost>\n", 11);

    [Theory]
    [InlineData("Require local")]
    [InlineData("Require ip 127.0.0.1")]
    [InlineData("Require host admin.example.com")]
    [InlineData("Require all denied")]
    public void SetHandler_balancer_manager_with_restricting_Require_is_not_flagged(string require) =>
        None(_rule, Modules + $"\n<Location /balancer-manager>\nSetHandler balancer-manager\n{require}\n</Location>\n");
}
