using System.Text.RegularExpressions;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// Request headers the backend sees (httpd-proxy.md §6.1: Host, X-Forwarded-*, Via) and the access log
/// lines written (mod_log_config with the BALANCER_* variables), real apache2 against BalancerHost.
/// </summary>
[Collection(BalancerDifferential.Collection)]
public sealed partial class BalancerHeadersDifferentialTests
{
    [SkippableFact]
    public async Task Backend_sees_the_same_Host_X_Forwarded_and_Via_headers()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, _) = await BalancerDifferential.RunAsync("""
            ServerName www.example.com
            ProxyVia On
            <Proxy "balancer://c1">
              BalancerMember http://127.0.0.1:{P1} route=n1
            </Proxy>
            ProxyPass /app balancer://c1/app

            """, async side => await side.EchoedHeadersAsync("/app/x", "Host:", "X-Forwarded", "Via:"), backendCount: 1);

        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    [SkippableFact]
    public async Task Backend_sees_the_same_request_headers_apart_from_Connection()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, _) = await BalancerDifferential.RunAsync("""
            <Proxy "balancer://c1">
              BalancerMember http://127.0.0.1:{P1} route=n1
            </Proxy>
            ProxyPass /app balancer://c1/app

            """, async side =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, side.Url + "/app/x");
            request.Headers.TryAddWithoutValidation("X-Custom", "1");
            request.Headers.TryAddWithoutValidation("X-Hop", "2");
            request.Headers.TryAddWithoutValidation("Connection", "X-Hop");
            request.Headers.TryAddWithoutValidation("TE", "trailers");
            request.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", "10.9.9.9");
            using var response = await side.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            // httpd adds "Connection: Keep-Alive" towards the backend; HTTP/1.1 keep-alive is implicit for YARP.
            return [.. body.Split('\n').Skip(2).Where(l => !l.StartsWith("Connection:", StringComparison.Ordinal))
                .Select(l => l.Replace(":" + side.Port, ":PORT", StringComparison.Ordinal))];
        }, backendCount: 1);

        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    [SkippableFact]
    public async Task CustomLog_lines_with_BALANCER_variables_match_apache2()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, diagnostics) = await BalancerDifferential.RunAsync("""
            LogFormat "%h %l %u \"%r\" %>s %b %{BALANCER_WORKER_ROUTE}e %{BALANCER_SESSION_ROUTE}e %{BALANCER_ROUTE_CHANGED}e \"%{Cookie}i\" %t %D" balancer
            CustomLog logs/access.log balancer
            <Proxy "balancer://c1">
              BalancerMember http://127.0.0.1:{P1} route=n1
              BalancerMember http://127.0.0.1:{P2} route=n2
              ProxySet stickysession=JSESSIONID
            </Proxy>
            ProxyPass /app balancer://c1/app

            """, async side =>
        {
            await side.GetAsync("/app/x?a=1&quiet");
            await side.GetAsync("/app/y?quiet", "JSESSIONID=z.n2");
            await side.GetAsync("/app/y?quiet", "JSESSIONID=z.n7");
            await side.GetAsync("/nothing");
            await side.StopAsync("n1");
            await side.StopAsync("n2");
            await side.GetAsync("/app/z");
            // Time and duration vary between runs; check their shape and drop them.
            var lines = await side.AccessLogAsync(5);
            Assert.All(lines, l => Assert.Matches(TimeAndDuration(), l));
            return [.. lines.Select(l => TimeAndDuration().Replace(l, ""))];
        }, backendCount: 2);

        Assert.Empty(diagnostics);
        Assert.Equal(5, httpd.Count);
        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    [GeneratedRegex(@" \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] \d+$")]
    private static partial Regex TimeAndDuration();
}
