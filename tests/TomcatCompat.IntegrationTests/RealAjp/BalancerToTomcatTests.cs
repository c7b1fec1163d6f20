using TomcatCompat.IntegrationTests.RealHttpd;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealAjp;

/// <summary>
/// Our balancer with <c>ajp://</c> members (httpd-proxy.md: BalancerMember ajp:// route= secret=,
/// stickysession=JSESSIONID|jsessionid) in front of two real Debian tomcat10 nodes, judged against a
/// real apache2 with mod_proxy_ajp over the same members (../shared/real-cluster/README.md §1: the numeric
/// status as reason phrase). The differential test never depends on both nodes being up, so the order
/// of the two tests does not matter.
/// </summary>
[Collection("RealAjp")]
public sealed class BalancerToTomcatTests : IClassFixture<RealTomcatAjpCluster>
{
    private const int HttpdPort = 27041;

    private readonly RealTomcatAjpCluster _cluster;

    public BalancerToTomcatTests(RealTomcatAjpCluster cluster) => _cluster = cluster;

    [SkippableFact]
    public async Task BalancerAjp_to_tomcat10_alternates_sticks_and_fails_over_after_kill9_with_the_counter_intact()
    {
        _cluster.Start(RealPrograms.Require("tomcat10", "/usr/share/tomcat10/bin/catalina.sh"));
        try
        {
            await AjpSeedScenario.RunAsync(_cluster.BalancerUrl, _cluster.Kill9);
        }
        catch (Exception e) when (e is not Xunit.SkipException)
        {
            throw new InvalidOperationException(_cluster.Logs, e);
        }
    }

    [SkippableTheory]
    [InlineData("/test/static.txt", true)]
    [InlineData("/test/index.jsp", false)]
    [InlineData("/test/", false)]
    [InlineData("/test/missing.txt", true)]
    [InlineData("/test/missing.jsp", false)]
    public async Task BalancerAjp_and_apache2_mod_proxy_ajp_give_the_same_status_reason_and_content_type(string path, bool sameBody)
    {
        var catalina = RealPrograms.Require("tomcat10", "/usr/share/tomcat10/bin/catalina.sh");
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        _cluster.Start(catalina);
        var dir = Path.Combine(_cluster.Root, "httpd-" + Guid.NewGuid().ToString("N"));
        BalancerRealHttpd.WriteConfig(dir, HttpdPort, RealTomcatAjpCluster.ProxyConfig);
        using var httpd = BalancerRealHttpd.Start(dir, HttpdPort);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

        var theirs = await GetAsync(client, httpd.Url + path);
        var ours = await GetAsync(client, _cluster.BalancerUrl + path);

        Assert.Equal(theirs.Status, ours.Status);
        Assert.Equal(theirs.Reason, ours.Reason);
        Assert.Equal(theirs.ContentType, ours.ContentType);
        if (sameBody)
            Assert.Equal(theirs.Body, ours.Body);
    }

    private static async Task<(int Status, string? Reason, string? ContentType, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? string.Join(",", values) : null;
        return ((int)response.StatusCode, response.ReasonPhrase, contentType, await response.Content.ReadAsStringAsync());
    }
}
