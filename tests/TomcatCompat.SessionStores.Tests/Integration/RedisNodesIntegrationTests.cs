using System.Globalization;
using System.Net;

namespace TomcatCompat.SessionStores.Tests.Integration;

/// <summary>
/// Two TomcatCompat nodes as separate processes (<c>run --only node</c>) whose conf/context.xml names
/// Redisson's RedissonSessionManager against one redis-server: a session outlives kill -9 of either node.
/// </summary>
public sealed class RedisNodesIntegrationTests
{
    private const int RedisPort = 23121;
    private static readonly int[] HttpPorts = [23311, 23312];

    [SkippableFact]
    public async Task RedissonSessionManager_session_survives_kill_9_of_either_node()
    {
        using var redis = StoreServer.Redis(RedisPort);
        var root = Directory.CreateTempSubdirectory("tc-redis-nodes-");
        try
        {
            for (var i = 0; i < 2; i++)
                WriteNode(root.FullName, "tomcat" + (i + 1).ToString(CultureInfo.InvariantCulture), HttpPorts[i]);
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
            string cookie;
            using (var node1 = new NodeProcess(root.FullName, "tomcat1", HttpPorts[0]))
            {
                using var node2 = new NodeProcess(root.FullName, "tomcat2", HttpPorts[1]);
                var (first, set) = await GetAsync(http, HttpPorts[0], null);
                cookie = set!;
                Assert.Equal("1", first["counter"]);
                Assert.Equal("2", (await GetAsync(http, HttpPorts[0], cookie)).Page["counter"]);

                node1.Kill();
                var (after, _) = await GetAsync(http, HttpPorts[1], cookie);
                Assert.Equal(("true", "3", "tomcat2"), (after["sessionFound"], after["counter"], after["node"]));
            }

            // tomcat2 was killed with the using above; start tomcat1 again alone.
            using var again = new NodeProcess(root.FullName, "tomcat1", HttpPorts[0]);
            var (back, _) = await GetAsync(http, HttpPorts[0], cookie);
            Assert.Equal(("true", "4"), (back["sessionFound"], back["counter"]));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<(Dictionary<string, string> Page, string? SetCookie)> GetAsync(HttpClient http, int port, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/test/index.jsp?format=text");
        if (cookie is not null)
            request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var page = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.First().Split(';')[0] : null;
        return (page, set);
    }

    private static void WriteNode(string root, string name, int httpPort)
    {
        var conf = Directory.CreateDirectory(Path.Combine(root, name, "conf")).FullName;
        Directory.CreateDirectory(Path.Combine(root, name, "webapps", "test", "WEB-INF"));
        File.WriteAllText(Path.Combine(conf, "server.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{httpPort}" protocol="HTTP/1.1"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="{name}">
                  <Host name="localhost" appBase="webapps"/>
                </Engine>
              </Service>
            </Server>
            """);
        File.WriteAllText(Path.Combine(conf, "context.xml"),
            "<Context><Manager className=\"org.redisson.tomcat.RedissonSessionManager\" configPath=\"${catalina.base}/conf/redisson.yaml\"/></Context>");
        File.WriteAllText(Path.Combine(conf, "redisson.yaml"), $"singleServerConfig:\n  address: \"redis://127.0.0.1:{RedisPort}\"\n");
        File.WriteAllText(Path.Combine(root, name, "webapps", "test", "WEB-INF", "web.xml"), "<web-app><distributable/></web-app>");
    }
}
