using System.Net;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// The seed test through a real web server in front of two TomcatCompat nodes over AJP: new clients
/// alternate, a cookie client sticks and its counter increments, and after kill -9 of its node the
/// same session continues on the other node (JvmRouteBinderValve renames the id). The nodes are either
/// TomcatCompat's or real tomcat10s; <c>kill9</c> SIGKILLs node 0 or 1.
/// </summary>
internal static class AjpSeedScenario
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(string baseUrl, Action<int> kill9)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = Bound };

        // New clients alternate between the two members (byrequests / mod_jk lb, equal factors).
        var fresh = new List<string>();
        for (var i = 0; i < 4; i++)
            fresh.Add((await GetAsync(client, baseUrl, null)).Node);
        Assert.Equal(2, fresh.Distinct().Count());
        Assert.NotEqual(fresh[0], fresh[1]);
        Assert.Equal(fresh[0], fresh[2]);

        // A cookie client sticks to its node; the counter counts every request.
        var first = await GetAsync(client, baseUrl, null);
        var cookie = first.SetCookie!;
        Assert.EndsWith("." + first.Node, cookie, StringComparison.Ordinal);
        Assert.Equal("1", first.Counter);
        for (var expected = 2; expected <= 4; expected++)
        {
            var page = await GetAsync(client, baseUrl, cookie);
            Assert.Equal(first.Node, page.Node);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Counter);
            Assert.Null(page.SetCookie);
        }

        // channelSendOptions="6" waits for the peer's ack, but the ReplicationValve runs after the response: let it land.
        await Task.Delay(TimeSpan.FromSeconds(1));
        kill9(first.Node == "tomcat1" ? 0 : 1);
        var failover = await GetAsync(client, baseUrl, cookie);
        Assert.NotEqual(first.Node, failover.Node);
        Assert.Equal("5", failover.Counter);
        Assert.NotNull(failover.SetCookie);
        Assert.EndsWith("." + failover.Node, failover.SetCookie, StringComparison.Ordinal);
        Assert.Equal(cookie[..cookie.LastIndexOf('.')], failover.SetCookie![..failover.SetCookie.LastIndexOf('.')]);
    }

    public static async Task<AjpPage> GetAsync(HttpClient client, string url, string? sessionId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url + "/test/?format=text");
        if (sessionId is not null)
            request.Headers.Add("Cookie", "JSESSIONID=" + sessionId);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var fields = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        string? setCookie = null;
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
            setCookie = values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("JSESSIONID=", StringComparison.Ordinal))?["JSESSIONID=".Length..];
        return new AjpPage(fields["node"], fields["counter"], setCookie, response.ReasonPhrase);
    }
}

internal sealed record AjpPage(string Node, string Counter, string? SetCookie, string? Reason);
