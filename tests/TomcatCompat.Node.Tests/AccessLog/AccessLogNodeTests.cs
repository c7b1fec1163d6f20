using System.Globalization;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Text;
using TomcatCompat.Node.Diagnostics;

namespace TomcatCompat.Node.Tests.AccessLog;

/// <summary>A node with a Host-level AccessLogValve writes Tomcat's file (logs/prefix.yyyy-MM-dd.suffix under its CATALINA_BASE).</summary>
public sealed class AccessLogNodeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tc-accesslog-").FullName;

    [Fact]
    public async Task Host_AccessLogValve_writes_one_line_per_request_in_its_pattern()
    {
        var port = NodeTree.FreePort();
        var node = await StartAsync(port, "%h %l %u %t &quot;%r&quot; %s %b %D sid=%S", extra: "");
        using (var client = new HttpClient())
        {
            using var page = await client.GetAsync($"http://127.0.0.1:{port}/test/?format=text");
            using var missing = await client.GetAsync($"http://127.0.0.1:{port}/nothing");
        }

        await node.StopAsync(CancellationToken.None);

        var file = Path.Combine(_root, "node1", "logs", "localhost_access_log." + DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".txt");
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(2, lines.Length);
        Assert.Matches("^127\\.0\\.0\\.1 - - \\[\\d\\d/\\w{3}/\\d{4}:\\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\\] \"GET /test/\\?format=text HTTP/1\\.1\" 200 \\d+ \\d+ sid=[0-9A-F]{32}\\.tomcat1$", lines[0]);
        Assert.Matches("^127\\.0\\.0\\.1 - - \\[.*\\] \"GET /nothing HTTP/1\\.1\" 404 \\d+ \\d+ sid=-$", lines[1]);
    }

    [Fact]
    public void Create_reports_attributes_and_codes_it_does_not_reproduce_as_TC4503()
    {
        var node = Create(NodeTree.FreePort(), "%h %I", "conditionIf=\"skip\"");

        Assert.Equal(
            ["AccessLogValve pattern code %I is not reproduced, so it is written as ???", "AccessLogValve attribute conditionIf=\"skip\" is not reproduced, so it has no effect"],
            node.Diagnostics.Where(d => d.Code == NodeDiagnostics.AccessLogNotWritten.Code).Select(d => d.Message[13..d.Message.IndexOf(';')]));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<NodeHost> StartAsync(int port, string pattern, string extra)
    {
        var node = Create(port, pattern, extra);
        await node.StartAsync(CancellationToken.None);
        return node;
    }

    private NodeHost Create(int port, string pattern, string extra)
    {
        var dir = Path.Combine(_root, "node1");
        Directory.CreateDirectory(Path.Combine(dir, "conf"));
        Directory.CreateDirectory(Path.Combine(dir, "webapps", "test", "WEB-INF"));
        File.WriteAllText(Path.Combine(dir, "webapps", "test", "WEB-INF", "web.xml"), "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>");
        File.WriteAllText(Path.Combine(dir, "conf", "server.xml"), $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="-1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector address="127.0.0.1" port="{port}" protocol="HTTP/1.1"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1">
                  <Host name="localhost" appBase="webapps">
                    <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs" prefix="localhost_access_log" suffix=".txt" pattern="{pattern}" {extra}/>
                  </Host>
                </Engine>
              </Service>
            </Server>
            """);
        var topology = TopologyBuilder.Build(new ImportRequest { Paths = [_root] }, PhysicalFileSystem.Instance);
        return NodeHost.Create(Assert.Single(topology.Nodes), new NodeHostOptions { ContentRoot = _root });
    }
}
