using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class BalancerManagerSwallowedTests
{
    private readonly BalancerManagerSwallowed _rule = new();

    private const string Manager = "<Location /balancer-manager>\nSetHandler balancer-manager\nRequire local\n</Location>\n";

    [Fact]
    public void SetHandler_balancer_manager_after_ProxyPass_slash_is_flagged()
    {
        var d = Single(_rule, Modules + "\n" + Manager + "ProxyPass / http://127.0.0.1:8080/\n", 11);
        Assert.Equal("<Location \"/balancer-manager\"> with SetHandler balancer-manager is never reached: ProxyPass \"/ http://127.0.0.1:8080/\" at httpd.conf:14:1 sends \"/balancer-manager\" to the backends first; add \"ProxyPass /balancer-manager !\" before that line", d.Message);
    }

    [Fact]
    public void Main_server_ProxyPass_slash_swallows_a_VirtualHost_balancer_manager() =>
        Single(_rule, Modules + "\nProxyPass / http://127.0.0.1:8080/\n<VirtualHost *:80>\n" + Manager + "</VirtualHost>\n", 13);

    [Fact]
    public void SetHandler_balancer_manager_with_exclusion_first_is_not_flagged() =>
        None(_rule, Modules + "\n" + Manager + "ProxyPass /balancer-manager !\nProxyPass / http://127.0.0.1:8080/\n");

    [Fact]
    public void SetHandler_balancer_manager_without_covering_ProxyPass_is_not_flagged() =>
        None(_rule, Modules + "\n" + Manager + "ProxyPass /app http://127.0.0.1:8080/app\n");
}
