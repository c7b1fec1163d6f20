using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.Lint;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealTomcat;

/// <summary>
/// TC2703/TC2562 are honest: real tomcat10 refuses a Manager that is not a ClusterManager as
/// &lt;Cluster&gt;&lt;Manager&gt; (SimpleTcpCluster.setManagerTemplate(ClusterManager), tomcat-cluster.md
/// §1.5, §1.8). The store managers' jars are not part of Tomcat (they would fail with
/// ClassNotFoundException instead), so the real run uses the stock, non-cluster PersistentManager in
/// that slot. One Tomcat run that fails while parsing server.xml, so no port is ever opened; the
/// ports written are from this area's range 24000–24999 anyway.
/// </summary>
public sealed class StoreManagerInClusterTests
{
    private static string Server(string manager) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="24001" address="127.0.0.1" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="24002" address="127.0.0.1" protocol="HTTP/1.1"/>
            <Engine name="Catalina" defaultHost="localhost" jvmRoute="store1">
              <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
                {manager}
              </Cluster>
              <Host name="localhost" appBase="webapps" autoDeploy="false" deployOnStartup="false"/>
            </Engine>
          </Service>
        </Server>
        """;

    private static (Topology Topology, IReadOnlyList<SourceFile> Files) Read(string serverXml)
    {
        var fs = new InMemoryFileSystem().Add("/root/node1/conf/server.xml", serverXml);
        var reader = new SourceReader(fs, "/root");
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(reader, "/root/node1/conf/server.xml", new TomcatOptions(), bag);
        return (new Topology { Nodes = node is null ? [] : [node], Diagnostics = bag.ToImmutable() }, [.. reader.FilesRead]);
    }

    [SkippableFact]
    public void Non_ClusterManager_in_Cluster_stops_tomcat10_with_argument_type_mismatch_so_lint_TC2562_is_an_error()
    {
        var catalina = RealPrograms.Require("tomcat10", RealTomcatBase.Home + "/bin/catalina.sh");

        // Ours: the store manager warns in import/run (TC2703) and is one error in lint (TC2562);
        // the stock non-cluster manager the real run uses is an error everywhere (TC2407).
        var (store, storeFiles) = Read(Server("<Manager className=\"de.javakaffee.web.msm.MemcachedBackupSessionManager\" memcachedNodes=\"n1:127.0.0.1:11211\"/>"));
        var warning = Assert.Single(store.Diagnostics, d => d.Code == "TC2703");
        Assert.Equal((DiagnosticSeverity.Warning, new SourceSpan("node1/conf/server.xml", 7, 10)), (warning.Severity, warning.Span));
        var linted = Linter.Default.Run(store, storeFiles, new LintOptions()).Diagnostics.Where(d => d.Span == warning.Span).ToList();
        Assert.Equal([("TC2562", DiagnosticSeverity.Error)], linted.Select(d => (d.Code, d.Severity)));

        var persistent = Server("<Manager className=\"org.apache.catalina.session.PersistentManager\"/>");
        var wrongType = Assert.Single(Read(persistent).Topology.Diagnostics, d => d.Code == "TC2407");
        Assert.Equal(DiagnosticSeverity.Error, wrongType.Severity);

        // Real tomcat10: the same slot with a Manager that is not a ClusterManager.
        using var tomcat = new RealTomcatBase(catalina);
        var real = tomcat.Run(persistent);
        var log = real.StdOut + real.StdErr;
        Assert.Contains("End event threw exception", log, StringComparison.Ordinal);
        Assert.Contains("java.lang.IllegalArgumentException: argument type mismatch", log, StringComparison.Ordinal);
        Assert.Contains("Cannot start server", log, StringComparison.Ordinal);
        Assert.NotEqual(0, real.ExitCode);
    }
}
