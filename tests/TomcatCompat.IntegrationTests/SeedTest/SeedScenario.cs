using System.Net;
using System.Text.RegularExpressions;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The seed article's test (issue 6; real-cluster README observations 2–6), one client at a time:
/// (1) two cookie-less requests alternate between the nodes (byrequests), each creating a session
/// whose cookie is <c>JSESSIONID=&lt;32 hex&gt;.&lt;route&gt;; Path=/test; HttpOnly</c>; (2) with the cookie the
/// client sticks to the owner and the counter grows; (3) after kill -9 of the owner the next request
/// succeeds on the other node, the counter continues and the route suffix is rewritten
/// (JvmRouteBinderValve); (4) the restarted node has received every session (state transfer).
/// </summary>
internal static partial class SeedScenario
{
    private const string Page = "/test/index.jsp?format=text";
    private const string ReadPage = "/test/read.jsp?format=text";
    private const string Cookie = "; Path=/test; HttpOnly";

    /// <summary>
    /// What the real stack shows (shared/real-cluster README observations 1–6), and so what TomcatCompat
    /// must show: SeedArticleTests holds TomcatCompat to it, SeedDifferentialTests the real programs.
    /// </summary>
    public static readonly IReadOnlyList<string> Expected =
    [
        "1a no cookie: 200 node=tomcat1 counter=1 set-cookie=JSESSIONID=<id:A>.tomcat1" + Cookie,
        "1b no cookie: 200 node=tomcat2 counter=1 set-cookie=JSESSIONID=<id:B>.tomcat2" + Cookie,
        "2a sticky: 200 node=tomcat1 counter=2 set-cookie=-",
        "2b sticky: 200 node=tomcat1 counter=3 set-cookie=-",
        "3a after kill -9 of the owner: 200 node=tomcat2 counter=4 set-cookie=JSESSIONID=<id:A>.tomcat2" + Cookie,
        "3b with the rewritten cookie: 200 node=tomcat2 counter=5 set-cookie=-",
        "4a restarted node has session A: 200 node=tomcat1 counter=5 set-cookie=JSESSIONID=<id:A>.tomcat1" + Cookie + " sessionFound=true",
        "4b restarted node has session B: 200 node=tomcat1 counter=1 set-cookie=JSESSIONID=<id:B>.tomcat1" + Cookie + " sessionFound=true",
    ];

    public static async Task<IReadOnlyList<SeedStep>> RunAsync(ISeedStack stack)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var steps = new List<SeedStep>();
        async Task<(SeedStep Step, string? NewCookie, string Node)> Get(string name, string url, string? cookie)
        {
            var (step, newCookie) = await RequestAsync(client, name, url, cookie, ids);
            steps.Add(step);
            return (step, newCookie, step.Node);
        }

        var first = await Get("1a no cookie", stack.BalancerUrl + Page, null);
        var second = await Get("1b no cookie", stack.BalancerUrl + Page, null);
        var cookieA = first.NewCookie;
        var cookieB = second.NewCookie;
        await Get("2a sticky", stack.BalancerUrl + Page, cookieA);
        await Get("2b sticky", stack.BalancerUrl + Page, cookieA);

        var owner = first.Node;
        // channelSendOptions="8" is asynchronous: the last delta may still be on its way when the response
        // arrives, and a kill -9 at that instant loses it on the real Tomcat too. A person clicking, as in
        // the article, leaves far more time than this.
        await Task.Delay(500);
        await stack.KillAsync(owner);
        // A person clicks again after the kill, not within microseconds. Without this pause TomcatCompat's
        // balancer can send the request on its pooled keep-alive connection to the dead node before it has
        // noticed the close, and answers 502 where httpd (which checks a reused backend socket before
        // sending, ap_proxy_is_socket_connected) fails over: a Balancer-area race, reported.
        await Task.Delay(300);
        var failover = await Get("3a after kill -9 of the owner", stack.BalancerUrl + Page, cookieA);
        cookieA = failover.NewCookie ?? cookieA;
        await Get("3b with the rewritten cookie", stack.BalancerUrl + Page, cookieA);

        await stack.RestartAsync(owner);
        await Get("4a restarted node has session A", stack.NodeUrl(owner) + ReadPage, cookieA);
        await Get("4b restarted node has session B", stack.NodeUrl(owner) + ReadPage, cookieB);
        return steps;
    }

    private static async Task<(SeedStep Step, string? NewCookie)> RequestAsync(HttpClient client, string name, string url, string? cookie, Dictionary<string, string> ids)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var fields = body.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var setCookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.First() : null;
        var newCookie = setCookie?.Split(';')[0];
        var step = new SeedStep(
            name,
            (int)response.StatusCode,
            fields.GetValueOrDefault("node", response.StatusCode == HttpStatusCode.OK ? "?" : "-"),
            fields.GetValueOrDefault("counter", "-"),
            setCookie is null ? "-" : Normalize(setCookie, ids),
            url.Contains("read.jsp", StringComparison.Ordinal) ? fields.GetValueOrDefault("sessionFound", "-") : null);
        return (step, newCookie);
    }

    /// <summary>Only the 32 hex characters are replaced; any other shape stays as sent and fails the comparison visibly.</summary>
    private static string Normalize(string setCookie, Dictionary<string, string> ids) => SessionId().Replace(setCookie, m =>
    {
        if (!ids.TryGetValue(m.Value, out var label))
        {
            label = "<id:" + (char)('A' + ids.Count) + ">";
            ids[m.Value] = label;
        }

        return label;
    });

    [GeneratedRegex("(?<=^JSESSIONID=)[0-9A-F]{32}(?=\\.)")]
    private static partial Regex SessionId();
}
