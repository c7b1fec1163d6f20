using System.Net;
using System.Text.RegularExpressions;
using TomcatCompat.Balancer.Tests.Forwarding;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Manager;

public class ManagerEndpointTests
{
    private static readonly BalancerHostOptions Loopback = new() { Urls = ["http://127.0.0.1:0"] };

    private static Topology Site(int p1, int p2, params string[] require) => Topology(
        Spec(Member("tomcat1", p1), Member("tomcat2", p2)) with { StickySession = ["JSESSIONID"] },
        ProxyPass("/test", "balancer://c1", 0)) with
    {
        VirtualHosts =
        [
            new VirtualHostSpec { Id = "main", IsMain = true, BalancerManagers = [new BalancerManagerSpec("/balancer-manager", [.. require], Span(60))] },
        ],
    };

    private static HttpClient Client() => new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task balancer_manager_without_Require_is_closed_with_403()
    {
        await using var host = await BalancerHost.StartAsync(Site(1, 2), Loopback, CancellationToken.None);
        using var client = Client();

        using var response = await client.GetAsync(host.Urls[0] + "/balancer-manager");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["TC4415"], host.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("ip 10.0.0.1", HttpStatusCode.Forbidden)]
    [InlineData("ip 127.0.0.1", HttpStatusCode.OK)]
    [InlineData("local", HttpStatusCode.OK)]
    [InlineData("all denied", HttpStatusCode.Forbidden)]
    public async Task balancer_manager_Require_is_enforced(string require, HttpStatusCode expected)
    {
        await using var host = await BalancerHost.StartAsync(Site(1, 2, require), Loopback, CancellationToken.None);
        using var client = Client();

        using var response = await client.GetAsync(host.Urls[0] + "/balancer-manager");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task balancer_manager_page_shows_members_and_POST_with_nonce_and_same_host_Referer_changes_them()
    {
        await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
        await using var tomcat2 = await EchoBackend.StartAsync("tomcat2");
        await using var host = await BalancerHost.StartAsync(Site(tomcat1.Port, tomcat2.Port, "ip 127.0.0.1"), Loopback, CancellationToken.None);
        using var client = Client();
        var manager = host.Urls[0] + "/balancer-manager";
        var worker = $"http://127.0.0.1:{tomcat2.Port}";

        var page = await client.GetStringAsync(manager);
        Assert.Contains("<h3>LoadBalancer Status for <a href=\"/balancer-manager?b=c1&amp;nonce=", page, StringComparison.Ordinal);
        Assert.Contains("<td>1 [1 Used]</td>".Replace("1 [1", "2 [2", StringComparison.Ordinal), page, StringComparison.Ordinal);
        Assert.Contains($">{worker}</a></td><td>tomcat2</td><td></td><td>1.00</td><td>0</td><td>Init Ok </td>", page, StringComparison.Ordinal);
        var nonce = Regex.Match(page, "nonce=([0-9a-f-]{36})").Groups[1].Value;

        // No Referer: parameters are dropped (httpd 2.4.41+), the page still answers 200.
        var form = new Dictionary<string, string> { ["b"] = "c1", ["w"] = worker, ["nonce"] = nonce, ["w_status_D"] = "1", ["w_lf"] = "3" };
        using (var noReferer = await client.PostAsync(manager, new FormUrlEncodedContent(form)))
        {
            Assert.Equal(HttpStatusCode.OK, noReferer.StatusCode);
        }

        Assert.Contains("<td>Init Ok </td>", await client.GetStringAsync(manager), StringComparison.Ordinal);

        // Wrong nonce: nothing changes either.
        await PostAsync(client, manager, form.ToDictionary(kv => kv.Key, kv => kv.Key == "nonce" ? "bad" : kv.Value));
        Assert.DoesNotContain("Init Dis", await client.GetStringAsync(manager), StringComparison.Ordinal);

        var changed = await PostAsync(client, manager, form);
        Assert.Contains($">{worker}</a></td><td>tomcat2</td><td></td><td>3.00</td><td>0</td><td>Init Dis </td>", changed, StringComparison.Ordinal);
        Assert.Contains("<h3>Edit worker settings for " + worker + "</h3>", changed, StringComparison.Ordinal);

        // Disabled member: every request goes to tomcat1, sticky tomcat2 users too.
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, host.Urls[0] + "/test/x");
            request.Headers.Add("Cookie", "JSESSIONID=a.tomcat2");
            using var response = await client.SendAsync(request);
            Assert.StartsWith("node=tomcat1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProxyPass_covering_the_manager_path_takes_precedence()
    {
        await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
        var topology = Site(tomcat1.Port, tomcat1.Port, "all granted") with { Mounts = [ProxyPass("/", "balancer://c1", 0)] };
        await using var host = await BalancerHost.StartAsync(topology, Loopback, CancellationToken.None);
        using var client = Client();

        var body = await client.GetStringAsync(host.Urls[0] + "/balancer-manager");

        Assert.Equal("node=tomcat1 path=/balancer-manager", body);
        Assert.Equal(["TC4417"], host.Diagnostics.Select(d => d.Code));
    }

    private static async Task<string> PostAsync(HttpClient client, string url, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Referrer = new Uri(url);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
