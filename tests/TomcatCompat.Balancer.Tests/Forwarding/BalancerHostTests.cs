using System.Net;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Forwarding;

public class BalancerHostTests
{
    private static readonly BalancerHostOptions Loopback = new() { Urls = ["http://127.0.0.1:0"] };

    private static Topology TwoTomcats(int p1, int p2) => Topology(
        Spec(Member("tomcat1", p1), Member("tomcat2", p2)) with { StickySession = ["JSESSIONID", "jsessionid"] },
        ProxyPass("/test", "balancer://c1", 0)) with
    {
        VirtualHosts =
        [
            new VirtualHostSpec
            {
                Id = "main",
                IsMain = true,
                Headers = [new HeaderRule("onsuccess", "add", "Set-Cookie", "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/", "env=BALANCER_ROUTE_CHANGED", Span(30))],
            },
        ],
    };

    private static async Task<(HttpStatusCode Status, string Body, string? SetCookie)> GetAsync(HttpClient client, string url, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        var setCookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("|", values) : null;
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), setCookie);
    }

    [Fact]
    public async Task Balancer_alternates_sticks_to_JSESSIONID_route_and_fails_over_on_loopback()
    {
        await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
        await using var tomcat2 = await EchoBackend.StartAsync("tomcat2");
        await using var host = await BalancerHost.StartAsync(TwoTomcats(tomcat1.Port, tomcat2.Port), Loopback, CancellationToken.None);
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
        var url = host.Urls[0] + "/test/index.jsp?x=1";

        var first = await GetAsync(client, url);
        Assert.Equal((HttpStatusCode.OK, "node=tomcat1 path=/index.jsp?x=1"), (first.Status, first.Body));
        Assert.Equal("ROUTEID=.tomcat1; path=/", first.SetCookie);
        var next = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            next.Add((await GetAsync(client, url)).Body.Split(' ')[0]);
        }

        Assert.Equal(["node=tomcat2", "node=tomcat1", "node=tomcat2"], next);

        for (var i = 0; i < 3; i++)
        {
            var sticky = await GetAsync(client, url, "JSESSIONID=abc.tomcat2");
            Assert.Equal("node=tomcat2 path=/index.jsp?x=1", sticky.Body);
            Assert.Null(sticky.SetCookie);
        }

        await tomcat2.StopAsync();
        var failover = await GetAsync(client, url, "JSESSIONID=abc.tomcat2");
        Assert.Equal((HttpStatusCode.OK, "node=tomcat1 path=/index.jsp?x=1"), (failover.Status, failover.Body));
        Assert.Equal("ROUTEID=.tomcat1; path=/", failover.SetCookie);

        await tomcat1.StopAsync();
        var none = await GetAsync(client, url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, none.Status);
        Assert.Contains("<title>503 Service Unavailable</title>", none.Body, StringComparison.Ordinal);
        Assert.Null(none.SetCookie);
    }

    [Fact]
    public async Task Unmapped_path_and_bang_exclusion_answer_404_locally()
    {
        await using var tomcat1 = await EchoBackend.StartAsync("tomcat1");
        var topology = Topology(Spec(Member("tomcat1", tomcat1.Port)),
            ProxyPass("/test/static", "", 0, exclude: true), ProxyPass("/test", "balancer://c1", 1));
        await using var host = await BalancerHost.StartAsync(topology, Loopback, CancellationToken.None);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, host.Urls[0] + "/test/static/a.css")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, host.Urls[0] + "/other")).Status);
        Assert.Equal("node=tomcat1 path=/a", (await GetAsync(client, host.Urls[0] + "/test/a")).Body);
    }
}
