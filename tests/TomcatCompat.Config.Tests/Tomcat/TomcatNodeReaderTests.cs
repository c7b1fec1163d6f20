using System.Text;
using CsCheck;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class TomcatNodeReaderTests
{
    private static readonly string Sample = TomcatTree.Server(
        """
        <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="use_ack,sync">
          <Channel className="org.apache.catalina.tribes.group.GroupChannel">
            <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" port="${rx.port:-4000}"/>
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
          </Channel>
        </Cluster>
        <Valve className="org.apache.catalina.valves.AccessLogValve" pattern="%h %l"/>
        """,
        "<Connector port=\"8080\"/><Connector port=\"8009\" protocol=\"AJP/1.3\" secret=\"s\"/>",
        "name=\"Catalina\" defaultHost=\"localhost\" jvmRoute=\"n1\"");

    [Fact]
    public void Missing_server_xml_is_TC1001_with_relative_path_and_null()
    {
        var (node, d) = new TomcatTree().Read();
        Assert.Null(node);
        Assert.Equal(("TC1001", "node1/conf/server.xml"), (d[0].Code, d[0].Span.File));
    }

    [Fact]
    public void Malformed_server_xml_is_TC1400_with_position_and_keeps_what_was_read()
    {
        var (node, d) = TomcatTree.ReadServer("<Server port=\"9005\">\n  <Service name=\"S\">\n    <Connector port=\"8080\">\n  </Service>\n</Server>");
        var diag = Assert.Single(d, x => x.Code == "TC1400");
        Assert.Equal((DiagnosticSeverity.Error, 4), (diag.Severity, diag.Span.Line));
        Assert.Equal((9005, 8080), (node.ShutdownPort, Assert.Single(node.Connectors).Port));
    }

    [Fact]
    public void Wrong_root_is_TC1401()
    {
        var (_, d) = TomcatTree.ReadServer("<web-app/>");
        Assert.Equal(["TC1401"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Engine_AccessLogValve_and_defaultHost_check()
    {
        var (node, d) = TomcatTree.ReadServer(Sample.Replace("defaultHost=\"localhost\"", "defaultHost=\"www\""));
        Assert.Equal(["TC2426"], TomcatTree.Codes(d));
        var v = Assert.Single(node.Valves);
        Assert.Equal(("AccessLogValve", "%h %l"), (v.Kind, v.Attributes["pattern"]));
        Assert.Equal(("4000", 6, "sync, use_ack"), (node.Cluster!.Channel.Receiver.Attributes["port"], node.Cluster.ChannelSendOptions, node.Cluster.ChannelSendOptionsName));
    }

    [Fact]
    public void Unknown_elements_in_server_xml_are_TC2402()
    {
        var (_, d) = TomcatTree.ReadServer("<Server><Frob/><Service name=\"S\"><Engine name=\"E\" defaultHost=\"h\"><Host name=\"h\"><Thing/></Host></Engine></Service></Server>");
        Assert.Equal(["TC2402", "TC2402"], TomcatTree.Codes(d));
        Assert.Contains("[Server/Service/Engine/Host/Thing]", d[1].Message);
    }

    [Fact]
    public void Realm_is_unsupported_info_TC4204()
    {
        var (_, d) = TomcatTree.ReadServer(TomcatTree.Server("<Realm className=\"org.apache.catalina.realm.LockOutRealm\"/>"));
        var diag = Assert.Single(d);
        Assert.Equal(("TC4204", DiagnosticSeverity.Info), (diag.Code, diag.Severity));
    }

    [SkippableFact]
    public void Real_debian_tomcat10_conf_reads_without_warnings()
    {
        TomcatCompat.Testing.RealPrograms.Require("tomcat10", "/usr/share/tomcat10/bin/catalina.sh");
        Skip.IfNot(File.Exists("/etc/tomcat10/server.xml"), "/etc/tomcat10/server.xml is absent");
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(new SourceReader(PhysicalFileSystem.Instance, "/etc"), "/etc/tomcat10/server.xml", new TomcatOptions(), bag);
        Assert.DoesNotContain(bag.ToImmutable(), x => x.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("etc", -1, "Catalina", "localhost"), (node!.Name, node.ShutdownPort, node.EngineName, node.DefaultHost));
        Assert.Contains(node.Connectors, c => c is { Protocol: "HTTP/1.1", Port: 8080 });
        Assert.Equal("webapps", Assert.Single(node.Hosts).AppBase);
        Assert.Contains(node.Hosts[0].Valves, v => v.Kind == "AccessLogValve" && v.Attributes["prefix"] == "localhost_access_log");
    }

    [SkippableFact]
    public void Real_cluster_template_reads_cleanly()
    {
        var tmpl = "/work/shared/real-cluster/conf/server.xml.tmpl";
        Skip.IfNot(File.Exists(tmpl), "the real-cluster template is absent");
        var xml = File.ReadAllText(tmpl)
            .Replace("@MEMBERSHIP@", File.ReadAllText("/work/shared/real-cluster/conf/membership-static.xml"))
            .Replace("@NODE@", "node1").Replace("@HTTP_PORT@", "18080").Replace("@AJP_PORT@", "18009")
            .Replace("@SHUTDOWN_PORT@", "18005").Replace("@RX_PORT@", "14000").Replace("@AJP_SECRET@", "x").Replace("@BIND@", "127.0.0.1");
        var (node, d) = TomcatTree.ReadServer(xml);
        Assert.Empty(d);
        Assert.Equal(("node1", "static", 2), (node.Name, node.Cluster!.Channel.Membership.Mode, node.Cluster.Channel.Membership.Members.Length));
    }

    [Fact]
    public void Property_random_text_never_throws_and_spans_are_relative()
    {
        Gen.String.Sample(text => CheckAll(text), iter: 300);
    }

    [Fact]
    public void Property_mutated_sample_never_throws()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte, Gen.Int[1, 4]).Array[1, 8].Sample(
            edits =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var (pos, value, len) in edits)
                {
                    for (var i = pos; i < Math.Min(copy.Length, pos + len); i++)
                        copy[i] = value;
                }

                CheckAll(Encoding.Latin1.GetString(copy));
            },
            iter: 300);
    }

    [Fact]
    public void Property_mutated_web_xml_never_throws()
    {
        const string web = "<web-app><distributable/><session-config><session-timeout>5</session-timeout><cookie-config><name>A</name><max-age>3</max-age></cookie-config><tracking-mode>URL</tracking-mode></session-config></web-app>";
        Gen.Select(Gen.Int[0, web.Length - 1], Gen.Char['!', '~']).Array[1, 6].Sample(
            edits =>
            {
                var chars = web.ToCharArray();
                foreach (var (pos, c) in edits)
                    chars[pos] = c;
                var fs = new InMemoryFileSystem().Add("/root/a/WEB-INF/web.xml", new string(chars));
                var bag = new DiagnosticBag();
                TomcatNodeReader.ReadWebXml(new SourceReader(fs, "/root"), "/root/a/WEB-INF/web.xml", bag);
                AssertSpans(bag);
            },
            iter: 300);
    }

    [Fact]
    public void Large_server_xml_with_many_hosts_and_members_reads_quickly_enough_to_finish()
    {
        var sb = new StringBuilder("<Server><Service name=\"S\">");
        for (var i = 0; i < 2000; i++)
            sb.Append("<Connector port=\"").Append(10000 + i).Append("\" protocol=\"AJP/1.3\" secret=\"s\"/>");
        sb.Append("<Engine name=\"E\" defaultHost=\"h0\">");
        sb.Append("<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"><Channel className=\"org.apache.catalina.tribes.group.GroupChannel\"><Membership className=\"org.apache.catalina.tribes.membership.StaticMembershipService\">");
        for (var i = 0; i < 2000; i++)
            sb.Append("<Member className=\"org.apache.catalina.tribes.membership.StaticMember\" host=\"10.0.0.1\" port=\"").Append(4000 + i).Append("\"/>");
        sb.Append("</Membership></Channel></Cluster>");
        for (var i = 0; i < 2000; i++)
            sb.Append("<Host name=\"h").Append(i).Append("\" appBase=\"apps").Append(i).Append("\"/>");
        sb.Append("</Engine></Service></Server>");
        var (node, d) = TomcatTree.ReadServer(sb.ToString());
        Assert.Empty(d);
        Assert.Equal((2000, 2000, 2000), (node.Connectors.Length, node.Hosts.Length, node.Cluster!.Channel.Membership.Members.Length));
    }

    private static void CheckAll(string text)
    {
        var tree = new TomcatTree().Add("conf/server.xml", text).Add("conf/catalina.properties", text).Add("conf/context.xml", text);
        var (_, d) = tree.Read();
        foreach (var x in d)
        {
            Assert.True(x.Span.Line > 0, x.ToString());
            Assert.False(string.IsNullOrEmpty(x.Span.File));
            Assert.False(x.Span.File.StartsWith('/'));
        }
    }

    private static void AssertSpans(DiagnosticBag bag)
    {
        foreach (var x in bag.ToImmutable())
            Assert.True(x.Span.Line > 0 && x.Span.File.Length > 0 && !x.Span.File.StartsWith('/'), x.ToString());
    }
}
