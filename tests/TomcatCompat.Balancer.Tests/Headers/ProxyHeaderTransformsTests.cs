using System.Net;
using TomcatCompat.Balancer.Tests.Forwarding;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Headers;

public class ProxyHeaderTransformsTests
{
    private static readonly BalancerHostOptions Loopback = new() { Urls = ["http://127.0.0.1:0"] };

    private static Topology Site(int port, string via = "Off") => Topology(
        Spec(Member("tomcat1", port) with { Path = "/app", Url = $"http://127.0.0.1:{port}/app" }),
        ProxyPass("/test", "balancer://c1", 0)) with
    {
        VirtualHosts =
        [
            new VirtualHostSpec
            {
                Id = "main",
                IsMain = true,
                ServerName = "www.example.com",
                ProxyVia = via,
                ProxyPassReverse = [new ReverseRule("/test", "balancer://c1", false, Span(20))],
                ProxyPassReverseCookiePath = [new ReverseRule("/test", "/app", false, Span(21))],
            },
        ],
    };

    private static HttpClient Client() => new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task ProxyPassReverse_balancer_rewrites_Location_to_this_server_and_CookiePath_rewrites_Path()
    {
        await using var backend = await HeaderEchoBackend.StartAsync("tomcat1");
        await using var host = await BalancerHost.StartAsync(Site(backend.Port), Loopback, CancellationToken.None);
        using var client = Client();
        var port = new Uri(host.Urls[0]).Port;

        using var response = await client.GetAsync(host.Urls[0] + "/test/redirect");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal($"http://127.0.0.1:{port}/test/target", response.Headers.Location!.OriginalString);
        Assert.Equal(["JSESSIONID=abc.tomcat1; Path=/test; HttpOnly"], response.Headers.GetValues("Set-Cookie"));
        Assert.False(response.Headers.Contains("X-Secret-Hop"));
    }

    [Fact]
    public async Task ProxyVia_On_adds_Via_both_ways_and_hop_by_hop_request_headers_are_dropped()
    {
        await using var backend = await HeaderEchoBackend.StartAsync("tomcat1");
        await using var host = await BalancerHost.StartAsync(Site(backend.Port, via: "On"), Loopback, CancellationToken.None);
        using var client = Client();
        var port = new Uri(host.Urls[0]).Port;
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Urls[0] + "/test/echo");
        request.Headers.TryAddWithoutValidation("Via", "1.0 upstream");
        request.Headers.TryAddWithoutValidation("X-Drop-Me", "1");
        request.Headers.TryAddWithoutValidation("Connection", "X-Drop-Me");
        request.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic eDp5");

        using var response = await client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Contains($"Via: 1.0 upstream, 1.1 www.example.com:{port}", lines);
        Assert.Contains("Proxy-Authorization: Basic eDp5", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("X-Drop-Me", StringComparison.Ordinal));
        Assert.Contains("X-Forwarded-Server: www.example.com", lines);
        Assert.Equal([$"1.1 www.example.com:{port}"], response.Headers.GetValues("Via"));
    }

    [Fact]
    public async Task ProxyVia_Block_removes_incoming_Via()
    {
        await using var backend = await HeaderEchoBackend.StartAsync("tomcat1");
        await using var host = await BalancerHost.StartAsync(Site(backend.Port, via: "Block"), Loopback, CancellationToken.None);
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Urls[0] + "/test/echo");
        request.Headers.TryAddWithoutValidation("Via", "1.0 upstream");

        using var response = await client.SendAsync(request);

        Assert.DoesNotContain((await response.Content.ReadAsStringAsync()).Split('\n'), l => l.StartsWith("Via", StringComparison.Ordinal));
        Assert.False(response.Headers.Contains("Via"));
    }
}
