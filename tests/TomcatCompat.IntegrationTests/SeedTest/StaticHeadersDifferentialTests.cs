using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Text;
using TomcatCompat.Node;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// Static files of an appBase context (<c>webapps/test/static.txt</c>, the same bytes and mtime on both
/// sides): a real tomcat10 node of the seed stack (ports 25300+) and a TomcatCompat node on an OS-chosen
/// loopback port answer with the same status codes and headers (real-cluster README observation 1).
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class StaticHeadersDifferentialTests
{
    [SkippableFact]
    public async Task Static_file_302_304_and_404_headers_match_real_tomcat10()
    {
        IReadOnlyList<string> real;
        await using (var stack = await RealSeedStack.StartAsync(25300))
            real = await StaticHeaders.CaptureAsync(stack.NodeUrl("tomcat1"));

        var root = Directory.CreateTempSubdirectory("tomcatcompat-static-").FullName;
        try
        {
            var port = FreePort();
            var test = Path.Combine(root, "node", "webapps", "test");
            Directory.CreateDirectory(Path.Combine(test, "WEB-INF"));
            Directory.CreateDirectory(Path.Combine(root, "node", "conf"));
            File.WriteAllText(Path.Combine(test, "WEB-INF", "web.xml"), RealSeedFiles.WebXml);
            StaticHeaders.Write(test);
            File.WriteAllText(Path.Combine(root, "node", "conf", "server.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1" shutdown="SHUTDOWN"><Service name="Catalina">
                  <Connector address="127.0.0.1" port="{port}" protocol="HTTP/1.1"/>
                  <Engine name="Catalina" defaultHost="localhost" jvmRoute="tomcat1"><Host name="localhost" appBase="webapps"/></Engine>
                </Service></Server>
                """);
            var topology = TopologyBuilder.Build(new ImportRequest { Paths = [root] }, PhysicalFileSystem.Instance);
            await using var node = await NodeHost.StartAsync(Assert.Single(topology.Nodes), new NodeHostOptions { ContentRoot = root }, CancellationToken.None);

            var compat = await StaticHeaders.CaptureAsync("http://127.0.0.1:" + port);

            Assert.Equal(real, compat);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
