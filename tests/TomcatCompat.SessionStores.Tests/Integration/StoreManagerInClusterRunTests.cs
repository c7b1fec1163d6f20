using System.Net;
using System.Text.RegularExpressions;

namespace TomcatCompat.SessionStores.Tests.Integration;

/// <summary>
/// The issue's "change only the &lt;Manager&gt; of server.xml" case under <c>tomcatcompat run</c>: a
/// RedissonSessionManager inside &lt;Cluster&gt; runs against redis-server, and run prints TC2703 once
/// (the supervisor, not again from its node process), with the file:line of the &lt;Manager&gt;. Real
/// Tomcat refuses this placement (tomcat-cluster.md §1.8), hence the warning; lint makes it TC2562.
/// Ports from this area's range 24000–24999.
/// </summary>
public sealed class StoreManagerInClusterRunTests
{
    private const int RedisPort = 24379;
    private const int HttpPort = 24311;

    [SkippableFact]
    public async Task Run_with_Redisson_manager_in_Cluster_prints_TC2703_once_with_its_line_and_keeps_sessions_in_Redis()
    {
        using var redis = StoreServer.Redis(RedisPort);
        var root = Directory.CreateTempSubdirectory("tc-store-in-cluster-");
        try
        {
            WriteNode(root.FullName);
            using var run = new NodeProcess(root.FullName, "tomcat1", HttpPort, only: false);
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
            var (first, cookie) = await GetAsync(http, null);
            var (second, _) = await GetAsync(http, cookie);
            Assert.Equal(("1", "2"), (Counter(first), Counter(second)));

            var warnings = Regex.Matches(run.Output, @"^(?:\[[^\]]+\] )?(\S+): warning TC2703: ", RegexOptions.Multiline);
            Assert.Equal(["tomcat1/conf/server.xml:8:7"], warnings.Select(m => m.Groups[1].Value));
            Assert.Contains("names RedissonSessionManager, which is not a ClusterManager", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static string Counter(string page) =>
        page.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("counter=", StringComparison.Ordinal))["counter=".Length..];

    private static async Task<(string Page, string? SetCookie)> GetAsync(HttpClient http, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{HttpPort}/test/index.jsp?format=text");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.First().Split(';')[0] : null;
        return (await response.Content.ReadAsStringAsync(), set);
    }

    private static void WriteNode(string root)
    {
        var conf = Directory.CreateDirectory(Path.Combine(root, "tomcat1", "conf")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "tomcat1", "webapps", "test", "WEB-INF"));
        // The <Manager> is on line 8, column 7 ('<' at column 6 after six spaces; spans point past it).
        File.WriteAllText(Path.Combine(conf, "server.xml"), $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
            <Service name="Catalina">
            <Connector address="127.0.0.1" port="{{HttpPort}}" protocol="HTTP/1.1"/>
            <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
            <!-- the only change from a DeltaManager config: -->
                 <Manager className="org.redisson.tomcat.RedissonSessionManager" configPath="${catalina.base}/conf/redisson.yaml"/>
            </Cluster>
            <Host name="localhost" appBase="webapps"/>
            </Engine>
            </Service>
            </Server>
            """);
        File.WriteAllText(Path.Combine(conf, "redisson.yaml"), $"singleServerConfig:\n  address: \"redis://127.0.0.1:{RedisPort}\"\n");
        File.WriteAllText(Path.Combine(root, "tomcat1", "webapps", "test", "WEB-INF", "web.xml"), "<web-app><distributable/></web-app>");
    }
}
