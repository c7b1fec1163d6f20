using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealTomcat;

/// <summary>
/// Severities are honest: a code whose message says "Tomcat refuses to start" is checked against
/// real Tomcat 10.1 refusing to start (non-zero exit, SEVERE line), and a code that says "Tomcat
/// warns" against the WARN line. Each case is one short Tomcat run that fails while parsing
/// server.xml, so no port is ever opened; the ports written are free loopback ports anyway.
/// </summary>
public sealed class HonestSeverityTests
{
    private static string Server(string engineBody)
    {
        var shutdown = RealTomcatBase.FreePort();
        var http = RealTomcatBase.FreePort();
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Server port="{shutdown}" address="127.0.0.1" shutdown="SHUTDOWN">
              <Service name="Catalina">
                <Connector port="{http}" address="127.0.0.1" protocol="HTTP/1.1"/>
                <Engine name="Catalina" defaultHost="localhost" jvmRoute="honest1">
                  {engineBody}
                  <Host name="localhost" appBase="webapps" autoDeploy="false" deployOnStartup="false"/>
                </Engine>
              </Service>
            </Server>
            """;
    }

    /// <summary>What our front end says about the file, read as for an explicit --tomcat-version 10.1.</summary>
    private static List<Diagnostic> FrontEnd(string serverXml)
    {
        var fs = new InMemoryFileSystem().Add("/root/node1/conf/server.xml", serverXml);
        var bag = new DiagnosticBag();
        TomcatNodeReader.Read(new SourceReader(fs, "/root"), "/root/node1/conf/server.xml", new TomcatOptions { Version = "10.1", VersionExplicit = true }, bag);
        return [.. bag.ToImmutable()];
    }

    private static RealTomcatBase NewBase() =>
        new(RealPrograms.Require("tomcat10", RealTomcatBase.Home + "/bin/catalina.sh"));

    [SkippableFact]
    public void Unknown_attribute_TC2400_only_warns_and_removed_class_TC2405_stops_Tomcat_10_1()
    {
        using var tomcat = NewBase();
        var xml = Server(
            """
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" frobnicate="1">
                    <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor"/>
                    </Channel>
                  </Cluster>
            """);
        var ours = FrontEnd(xml);
        var warn = Assert.Single(ours, d => d.Code == "TC2400");
        Assert.Equal(DiagnosticSeverity.Warning, warn.Severity);
        Assert.Contains("Tomcat warns", warn.Message, StringComparison.Ordinal);
        var fatal = Assert.Single(ours, d => d.Code == "TC2405");
        Assert.Equal(DiagnosticSeverity.Error, fatal.Severity);
        Assert.Contains("refuse to start", fatal.Message, StringComparison.Ordinal);

        var real = tomcat.Run(xml);
        var log = real.StdOut + real.StdErr;
        Assert.Contains("failed to set property [frobnicate] to [1]", log, StringComparison.Ordinal);
        Assert.Contains("ClassNotFoundException: org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor", log, StringComparison.Ordinal);
        Assert.Contains("Cannot start server", log, StringComparison.Ordinal);
        Assert.NotEqual(0, real.ExitCode);
    }

    [SkippableFact]
    public void Missing_className_TC2403_stops_Tomcat_10_1()
    {
        using var tomcat = NewBase();
        var xml = Server("<Cluster channelSendOptions=\"8\"/>");
        var d = Assert.Single(FrontEnd(xml), x => x.Code == "TC2403");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("refuses to start", d.Message, StringComparison.Ordinal);

        var real = tomcat.Run(xml);
        Assert.Contains("No class name specified", real.StdOut + real.StdErr, StringComparison.Ordinal);
        Assert.NotEqual(0, real.ExitCode);
    }

    [SkippableFact]
    public void Malformed_XML_TC1400_stops_Tomcat_10_1()
    {
        using var tomcat = NewBase();
        var xml = Server("<Valve className=\"org.apache.catalina.valves.AccessLogValve\">");
        var d = Assert.Single(FrontEnd(xml), x => x.Code == "TC1400");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("Tomcat refuses such a file", d.Message, StringComparison.Ordinal);

        var real = tomcat.Run(xml);
        var log = real.StdOut + real.StdErr;
        Assert.Contains("Parse fatal error", log, StringComparison.Ordinal);
        Assert.Contains("Cannot start server", log, StringComparison.Ordinal);
        Assert.NotEqual(0, real.ExitCode);
    }
}
