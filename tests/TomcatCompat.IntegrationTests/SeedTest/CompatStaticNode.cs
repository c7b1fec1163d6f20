using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Text;
using TomcatCompat.Node;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The TomcatCompat side of the static-file comparison in <see cref="SeedDifferentialTests"/>: a node whose
/// appBase context <c>webapps/test</c> holds <c>static.txt</c> (the same bytes and mtime as on the real node).
/// </summary>
internal static class CompatStaticNode
{
    /// <summary>Starts a TomcatCompat node with webapps/test/static.txt on an OS-chosen loopback port and captures <see cref="StaticHeaders"/>.</summary>
    public static async Task<IReadOnlyList<string>> CaptureAsync()
    {
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
            return await StaticHeaders.CaptureAsync("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
