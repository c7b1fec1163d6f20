using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

/// <summary>An in-memory Tomcat node under /root/node1 and the helpers to read it.</summary>
internal sealed class TomcatTree
{
    public const string Base = "/root/node1";

    public InMemoryFileSystem Files { get; } = new();

    public static string Server(string engineBody, string serviceExtra = "", string engineAttributes = "name=\"Catalina\" defaultHost=\"localhost\"") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            {serviceExtra}
            <Engine {engineAttributes}>
              {engineBody}
              <Host name="localhost" appBase="webapps"/>
            </Engine>
          </Service>
        </Server>
        """;

    public TomcatTree Add(string relative, string text)
    {
        Files.Add(Base + "/" + relative, text);
        return this;
    }

    public (NodeSpec? Node, List<Diagnostic> Diagnostics) Read(TomcatOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(new SourceReader(Files, "/root"), Base + "/conf/server.xml", options ?? new TomcatOptions(), bag);
        return (node, bag.ToImmutable().ToList());
    }

    public static (NodeSpec Node, List<Diagnostic> Diagnostics) ReadServer(string serverXml, TomcatOptions? options = null)
    {
        var (node, d) = new TomcatTree().Add("conf/server.xml", serverXml).Read(options);
        Assert.NotNull(node);
        return (node!, d);
    }

    public static ClusterSpec ReadCluster(string clusterXml, out List<Diagnostic> diagnostics, TomcatOptions? options = null)
    {
        var (node, d) = ReadServer(Server(clusterXml), options);
        diagnostics = d;
        Assert.NotNull(node.Cluster);
        return node.Cluster!;
    }

    public static string[] Codes(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(d => d.Code)];
}
