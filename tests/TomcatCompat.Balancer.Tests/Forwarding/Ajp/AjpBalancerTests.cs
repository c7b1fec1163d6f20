using System.Globalization;
using System.Net;
using TomcatCompat.Ajp.Protocol;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Forwarding.Ajp;

/// <summary>The balancer with <c>ajp://</c> members in front of scripted AJP containers (httpd-proxy.md §3.6; real-cluster README §1, §5).</summary>
public sealed class AjpBalancerTests
{
    private static readonly BalancerHostOptions Loopback = new() { Urls = ["http://127.0.0.1:0"] };

    private static BalancerMember AjpMember(string route, int port, int pingMs = 0) => Member(route, port) with
    {
        Url = "ajp://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
        Scheme = "ajp",
        PingMs = pingMs,
        Secret = "anchor-secret",
    };

    private static Topology TwoAjpMembers(BalancerMember a, BalancerMember b) =>
        Topology(Spec(a, b) with { StickySession = ["JSESSIONID", "jsessionid"] }, ProxyPass("/test", "balancer://c1", 0));

    private static HttpClient Client() =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Ajp_members_alternate_stick_to_the_JSESSIONID_route_and_answer_like_httpd_with_mod_proxy_ajp()
    {
        await using var tomcat1 = FakeAjpServer.Start("tomcat1");
        await using var tomcat2 = FakeAjpServer.Start("tomcat2");
        await using var host = await BalancerHost.StartAsync(TwoAjpMembers(AjpMember("tomcat1", tomcat1.Port), AjpMember("tomcat2", tomcat2.Port)), Loopback, CancellationToken.None);
        using var client = Client();
        var url = host.Urls[0] + "/test/index.jsp?x=1";

        using var first = await GetAsync(client, url);
        // "HTTP/1.1 200 200", no Content-Length, chunked: what apache2 with ajp:// members answers.
        Assert.Equal((HttpStatusCode.OK, "200", true), (first.StatusCode, first.ReasonPhrase, first.Headers.TransferEncodingChunked == true));
        Assert.Equal("node=tomcat1 path=/index.jsp?x=1 body=0", await first.Content.ReadAsStringAsync());
        using var second = await GetAsync(client, url);
        Assert.StartsWith("node=tomcat2", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            using var sticky = await GetAsync(client, url, "JSESSIONID=ABC.tomcat2");
            Assert.StartsWith("node=tomcat2", await sticky.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var sent = tomcat2.Requests.Last();
        Assert.Equal(("anchor-secret", "tomcat2", "x=1"), (sent.Attribute(AjpAttributeCode.Secret), sent.Attribute(AjpAttributeCode.JvmRoute), sent.Attribute(AjpAttributeCode.QueryString)));
        // mod_proxy_ajp forwards the headers as received: no X-Forwarded-For, the client's Host.
        Assert.Null(sent.Header("X-Forwarded-For"));
        Assert.Equal(new Uri(host.Urls[0]).Authority, sent.Header("Host"));
        // Pooled: every request to a member reused its one connection.
        Assert.Equal((1, 1), (tomcat1.Connections, tomcat2.Connections));
    }

    [Fact]
    public async Task Killed_member_fails_over_with_the_sticky_request_and_both_down_answers_503()
    {
        await using var tomcat1 = FakeAjpServer.Start("tomcat1");
        await using var tomcat2 = FakeAjpServer.Start("tomcat2");
        await using var host = await BalancerHost.StartAsync(TwoAjpMembers(AjpMember("tomcat1", tomcat1.Port), AjpMember("tomcat2", tomcat2.Port)), Loopback, CancellationToken.None);
        using var client = Client();
        var url = host.Urls[0] + "/test/index.jsp";
        (await GetAsync(client, url, "JSESSIONID=ABC.tomcat2")).Dispose();

        // The pooled connection dies with the container: the stale check or a fresh connect fails, httpd's 503 → failover.
        await tomcat2.StopAsync();
        using var failover = await GetAsync(client, url, "JSESSIONID=ABC.tomcat2");
        Assert.Equal(HttpStatusCode.OK, failover.StatusCode);
        Assert.StartsWith("node=tomcat1", await failover.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await tomcat1.StopAsync();
        using var none = await GetAsync(client, url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, none.StatusCode);
        Assert.Contains("<title>503 Service Unavailable</title>", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_timeout_puts_the_member_in_error_and_fails_over_without_forwarding()
    {
        await using var mute = FakeAjpServer.Start("tomcat1");
        mute.AnswerCPing = false;
        await using var tomcat2 = FakeAjpServer.Start("tomcat2");
        await using var host = await BalancerHost.StartAsync(TwoAjpMembers(AjpMember("tomcat1", mute.Port, pingMs: 100), AjpMember("tomcat2", tomcat2.Port, pingMs: 100)), Loopback, CancellationToken.None);
        using var client = Client();
        var url = host.Urls[0] + "/test/index.jsp";

        using var sticky = await GetAsync(client, url, "JSESSIONID=ABC.tomcat1");
        Assert.Equal(HttpStatusCode.OK, sticky.StatusCode);
        Assert.StartsWith("node=tomcat2", await sticky.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(mute.Requests);
        Assert.Equal(2, mute.Connections);

        // In error for retry=60 s: the next requests are not even tried on it.
        for (var i = 0; i < 2; i++)
            (await GetAsync(client, url)).Dispose();
        Assert.Equal(2, mute.Connections);
        Assert.Equal(3, tomcat2.Requests.Count);
    }

    [Fact]
    public async Task Read_timeout_after_a_good_CPING_answers_504_and_keeps_the_member()
    {
        await using var slow = FakeAjpServer.Start("tomcat1", _ => Task.Delay(TimeSpan.FromSeconds(30)));
        var member = AjpMember("tomcat1", slow.Port, pingMs: 5000) with { Timeout = 1 };
        await using var host = await BalancerHost.StartAsync(Topology(Spec(member), ProxyPass("/test", "balancer://c1", 0)), Loopback, CancellationToken.None);
        using var client = Client();

        using var response = await GetAsync(client, host.Urls[0] + "/test/slow");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("<title>504 Gateway Timeout</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
