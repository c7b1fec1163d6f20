using System.Net;
using System.Net.Sockets;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Forwarding;

/// <summary>
/// <see cref="BalancerHost.ReloadAsync"/>: httpd's restart on SIGHUP (httpd-proxy.md §2.10: balancer
/// shared memory is reset on every restart unless BalancerPersist On).
/// </summary>
public class BalancerReloadTests
{
    private static readonly BalancerHostOptions Loopback = new() { Urls = ["http://127.0.0.1:0"] };

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (int)response.StatusCode + " " + (response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "");
    }

    private static HttpClient Client() => new(new SocketsHttpHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Reload_good_config_swaps_routes_and_members_start_afresh_as_after_httpd_restart()
    {
        await using var a = await EchoBackend.StartAsync("a");
        await using var b = await EchoBackend.StartAsync("b");
        var before = Topology(Spec(Member("a", a.Port), Member("b", b.Port)), ProxyPass("/one", "balancer://c1", 0));
        await using var host = await BalancerHost.StartAsync(before, Loopback, CancellationToken.None);
        using var client = Client();
        var url = host.Urls[0];
        Assert.Equal("200 node=a path=/x", await BodyAsync(client, url + "/one/x"));
        // A balancer-manager change (member b disabled) lives in the old generation only.
        host.Mapping.Balancers["balancer://c1"].Members[1].Status = MemberStatus.Disabled;
        var oldNonce = host.Mapping.Balancers["balancer://c1"].Nonce;

        var after = Topology(Spec(Member("a", a.Port), Member("b", b.Port, loadFactor: 2)), ProxyPass("/two", "balancer://c1", 0));
        var result = await host.ReloadAsync(after, CancellationToken.None);

        Assert.True(result.Applied);
        Assert.Equal("reloaded: 1 balancer(s), 1 mount(s); member state starts afresh as after httpd's restart", string.Join('\n', result.Notices));
        Assert.Equal("404 ", await BodyAsync(client, url + "/one/x"));
        // Fresh lbstatus with loadfactor 1:2 gives b a b (§4.1), and b is no longer disabled.
        var picks = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            picks.Add(await BodyAsync(client, url + "/two/y"));
        }

        Assert.Equal(["200 node=b path=/y", "200 node=a path=/y", "200 node=b path=/y"], picks);
        Assert.Equal(MemberStatus.None, host.Mapping.Balancers["balancer://c1"].Members[1].Status);
        Assert.NotEqual(oldNonce, host.Mapping.Balancers["balancer://c1"].Nonce);
    }

    [Fact]
    public async Task Reload_with_errors_keeps_the_old_config_and_reports_file_and_line()
    {
        await using var a = await EchoBackend.StartAsync("a");
        var before = Topology(Spec(Member("a", a.Port)), ProxyPass("/one", "balancer://c1", 0));
        await using var host = await BalancerHost.StartAsync(before, Loopback, CancellationToken.None);
        using var client = Client();
        Assert.Equal("200 node=a path=/x", await BodyAsync(client, host.Urls[0] + "/one/x"));
        host.Mapping.Balancers["balancer://c1"].Members[0].LbFactor = 700;

        var broken = Topology(Spec(Member("a", a.Port)), ProxyPass("/two", "balancer://nosuch", 3));
        var result = await host.ReloadAsync(broken, CancellationToken.None);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Config.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(("TC4404", "conf/httpd.conf", 53), (error.Code, error.Span.File, error.Span.Line));
        Assert.Equal("reload refused: the new configuration has 1 error(s); the old configuration keeps serving", string.Join('\n', result.Notices));
        Assert.Equal("200 node=a path=/x", await BodyAsync(client, host.Urls[0] + "/one/x"));
        Assert.Equal("404 ", await BodyAsync(client, host.Urls[0] + "/two/x"));
        Assert.Equal(700, host.Mapping.Balancers["balancer://c1"].Members[0].LbFactor);
    }

    [Fact]
    public async Task Reload_with_changed_Listen_rebinds_as_httpd_restart_does()
    {
        await using var a = await EchoBackend.StartAsync("a");
        var (first, second) = (FreePort(), FreePort());
        Topology On(int port) => Topology(Spec(Member("a", a.Port)), ProxyPass("/one", "balancer://c1", 0)) with
        {
            Listens = [new ListenSpec("127.0.0.1", port, "http", Span(1))],
        };

        await using var host = await BalancerHost.StartAsync(On(first), new BalancerHostOptions(), CancellationToken.None);
        using var client = Client();
        Assert.Equal("200 node=a path=/x", await BodyAsync(client, $"http://127.0.0.1:{first}/one/x"));

        var result = await host.ReloadAsync(On(second), CancellationToken.None);

        Assert.True(result.Applied);
        Assert.Equal($"listening on http://127.0.0.1:{second}", result.Notices[^1]);
        Assert.Equal("200 node=a path=/x", await BodyAsync(client, $"http://127.0.0.1:{second}/one/x"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{first}/one/x"));
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
