using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

/// <summary>
/// Real server.xml / web.xml text read by the real Tomcat front end into a one-node topology, so
/// rule tests assert on the spans and values operators will see. The node lives under
/// /root/node1; display paths are node1/conf/server.xml and node1/webapps/app/WEB-INF/web.xml.
/// </summary>
internal static class TomcatLintFixture
{
    public const string ServerXmlPath = "node1/conf/server.xml";
    public const string WebXmlPath = "node1/webapps/app/WEB-INF/web.xml";

    /// <summary>A server.xml with one HTTP connector on 8080; <paramref name="engineBody"/> goes first inside the Engine.</summary>
    public static string Server(string engineBody = "", string connectors = "<Connector port=\"8080\"/>", string engine = "name=\"Catalina\" defaultHost=\"localhost\" jvmRoute=\"node1\"") =>
        "<?xml version=\"1.0\"?>\n<Server port=\"8005\" shutdown=\"SHUTDOWN\">\n  <Service name=\"Catalina\">\n    "
        + connectors + "\n    <Engine " + engine + ">\n" + engineBody + "\n      <Host name=\"localhost\" appBase=\"webapps\"/>\n    </Engine>\n  </Service>\n</Server>\n";

    public static string WebXml(string body = "<distributable/>") =>
        "<?xml version=\"1.0\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n  " + body + "\n</web-app>\n";

    public static LintContext Read(string serverXml, string? webXml = null, LintOptions? options = null, TomcatOptions? tomcat = null)
    {
        var fs = new InMemoryFileSystem().Add("/root/node1/conf/server.xml", serverXml);
        fs.Add("/root/node1/webapps/app/WEB-INF/web.xml", webXml ?? WebXml());
        var reader = new SourceReader(fs, "/root");
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(reader, "/root/node1/conf/server.xml", tomcat ?? new TomcatOptions(), bag);
        var topology = new Topology { Nodes = node is null ? [] : [node], Diagnostics = bag.ToImmutable() };
        return new LintContext(topology, [.. reader.FilesRead], options ?? new LintOptions());
    }

    public static List<Diagnostic> Run(ILintRule rule, LintContext context)
    {
        var bag = new DiagnosticBag();
        rule.Check(context, bag);
        return [.. bag.ToImmutable()];
    }

    public static List<Diagnostic> Run(ILintRule rule, string serverXml, string? webXml = null, LintOptions? options = null) =>
        Run(rule, Read(serverXml, webXml, options));

    public static Diagnostic Single(ILintRule rule, string serverXml, string? webXml = null, LintOptions? options = null)
    {
        var found = Run(rule, serverXml, webXml, options);
        var d = Assert.Single(found);
        Assert.Equal(rule.Descriptor.Code, d.Code);
        Assert.Equal(rule.Descriptor.DefaultSeverity, d.Severity);
        return d;
    }

    /// <summary>A GroupChannel cluster with the given channel children and cluster attributes.</summary>
    public static string Cluster(string channelBody, string clusterAttributes = "", string manager = "<Manager className=\"org.apache.catalina.ha.session.DeltaManager\"/>") =>
        "      <Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"" + clusterAttributes + ">\n        " + manager
        + "\n        <Channel className=\"org.apache.catalina.tribes.group.GroupChannel\">\n" + channelBody + "\n        </Channel>\n      </Cluster>";

    public const string Receiver = "          <Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" address=\"10.0.0.1\"/>";

    public const string Dispatch = "          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor\"/>";

    public const string FailureDetector = "          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.TcpFailureDetector\"/>";

    public static string Interceptor(string simpleName, string attributes = "") =>
        $"          <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.{simpleName}\"{attributes}/>";

    public static string Mcast(string attributes) =>
        $"          <Membership className=\"org.apache.catalina.tribes.membership.McastService\"{attributes}/>";

    /// <summary>The root of the repository (holds conf-samples/).</summary>
    public static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "conf-samples")))
            dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("conf-samples/ not found above " + AppContext.BaseDirectory);
    }
}
