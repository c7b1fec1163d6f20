using System.Net;
using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// Real Debian apache2 with mod_proxy_ajp + mod_proxy_balancer (httpd-proxy.md: BalancerMember
/// ajp:// route= secret=, stickysession=JSESSIONID|jsessionid) in front of two TomcatCompat nodes'
/// AJP connectors. Ports 21001–21002 (AJP), 21011–21012 (receivers), 21020 (httpd).
/// </summary>
[Collection("RealAjp")]
public sealed class ModProxyAjpTests
{
    private const int HttpdPort = 21020;

    [SkippableFact]
    public async Task ModProxyAjp_seed_alternation_stickiness_secret_and_kill9_failover()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        using var nodes = new AjpNodePair(21001, 21011);
        var dir = Path.Combine(nodes.Root, "httpd");
        BalancerRealHttpd.WriteConfig(dir, HttpdPort, $"""
            LoadModule proxy_ajp_module /usr/lib/apache2/modules/mod_proxy_ajp.so
            <Proxy "balancer://cluster">
              BalancerMember ajp://127.0.0.1:{nodes.AjpPorts[0]} route=tomcat1 secret={AjpNodePair.Secret}
              BalancerMember ajp://127.0.0.1:{nodes.AjpPorts[1]} route=tomcat2 secret={AjpNodePair.Secret}
              ProxySet stickysession=JSESSIONID|jsessionid
            </Proxy>
            # httpd shares one worker per URL prefix: the more specific worker URLs come first.
            ProxyPass /bad/ ajp://127.0.0.1:{nodes.AjpPorts[1]}/bad/ secret=wrong
            ProxyPass /nosecret/ ajp://127.0.0.1:{nodes.AjpPorts[1]}/nosecret/
            ProxyPass /good/ ajp://127.0.0.1:{nodes.AjpPorts[1]}/ secret={AjpNodePair.Secret}
            ProxyPass /test balancer://cluster/test
            """);
        using var httpd = BalancerRealHttpd.Start(dir, HttpdPort);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        // Connector secret (tomcat-cluster.md §16.3): matching → served, wrong or missing → 403.
        var good = await AjpSeedScenario.GetAsync(client, httpd.Url + "/good", null);
        Assert.Equal("200", good.Reason);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(httpd.Url + "/bad/test/?format=text")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(httpd.Url + "/nosecret/test/?format=text")).StatusCode);

        await AjpSeedScenario.RunAsync(httpd.Url, nodes.Kill9);
    }
}
