using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class ProxyPassShadowedTests
{
    private readonly ProxyPassShadowed _rule = new();

    [Fact]
    public void ProxyPass_exclusion_after_ProxyPass_slash_is_shadowed()
    {
        var d = Single(_rule, Modules + "\nProxyPass / http://127.0.0.1:8080/\nProxyPass /balancer-manager !\n", 11);
        Assert.Equal("ProxyPass \"/balancer-manager !\" never applies: the earlier ProxyPass \"/ http://127.0.0.1:8080/\" at httpd.conf:10:1 already matches every URL it would (first match wins); move this line above it", d.Message);
    }

    [Theory]
    [InlineData("/app", "/app/static")]
    [InlineData("/app/", "/app/static")]
    [InlineData("/app", "/app")]
    [InlineData("/app", "/app/")]
    [InlineData("/app//", "/app/x")]
    public void ProxyPass_more_specific_path_after_shorter_prefix_is_shadowed(string first, string later) =>
        Single(_rule, Modules + $"\nProxyPass {first} http://127.0.0.1:8080{first}\nProxyPass {later} http://127.0.0.1:8081{later}\n", 11);

    [Theory]
    [InlineData("/app", "/apple")]
    [InlineData("/app/", "/app")]
    [InlineData("/app/static", "/app")]
    public void ProxyPass_paths_that_do_not_cover_each_other_are_not_flagged(string first, string later) =>
        None(_rule, Modules + $"\nProxyPass {first} http://127.0.0.1:8080{first}\nProxyPass {later} http://127.0.0.1:8081{later}\n");

    [Fact]
    public void ProxyPass_main_server_rule_shadows_the_same_path_in_a_VirtualHost() =>
        Single(_rule, Modules + "\nProxyPass /app http://127.0.0.1:8080/app\n<VirtualHost *:80>\nProxyPass /app/x http://127.0.0.1:8081/x\n</VirtualHost>\n", 12);

    [Fact]
    public void ProxyPass_in_two_VirtualHosts_or_in_Location_is_not_flagged() =>
        None(_rule, Modules + "\n<VirtualHost *:80>\nProxyPass / http://127.0.0.1:8080/\n</VirtualHost>\n<VirtualHost *:81>\nProxyPass /app http://127.0.0.1:8081/app\n</VirtualHost>\n"
                    + "<Location /x>\nProxyPass http://127.0.0.1:8082/x\n</Location>\nProxyPassMatch ^/(.*)$ http://127.0.0.1:8083/$1\nProxyPass /x/y http://127.0.0.1:8084/y\n");
}
