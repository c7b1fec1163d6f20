using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class ConnectorReaderTests
{
    private static (TomcatCompat.Config.Model.NodeSpec Node, List<Diagnostic> D) Read(string connectors, TomcatOptions? options = null, string server = "") =>
        TomcatTree.ReadServer($"""
            <Server {server}><Service name="Catalina">
              <Executor name="pool" maxThreads="150"/>
              {connectors}
              <Engine name="Catalina" defaultHost="localhost"><Host name="localhost"/></Engine>
            </Service></Server>
            """, options);

    [Theory]
    [InlineData("HTTP/1.1", "HTTP/1.1", "http")]
    [InlineData("AJP/1.3", "AJP/1.3", "ajp")]
    [InlineData("org.apache.coyote.http11.Http11NioProtocol", "HTTP/1.1", "http")]
    [InlineData("org.apache.coyote.http11.Http11Nio2Protocol", "HTTP/1.1", "http")]
    [InlineData("org.apache.coyote.ajp.AjpNioProtocol", "AJP/1.3", "ajp")]
    [InlineData("org.apache.coyote.ajp.AjpNio2Protocol", "AJP/1.3", "ajp")]
    public void Connector_protocol_maps_to_name_and_scheme(string protocol, string name, string scheme)
    {
        var (node, _) = Read($"<Connector port=\"8009\" protocol=\"{protocol}\" secretRequired=\"false\"/>");
        var c = Assert.Single(node.Connectors);
        Assert.Equal((name, scheme, 8009, protocol), (c.Protocol, c.Scheme, c.Port, c.ProtocolAttribute));
    }

    [Fact]
    public void Connector_without_protocol_is_HTTP()
    {
        var (node, d) = Read("<Connector port=\"8080\"/>");
        Assert.Empty(d);
        Assert.Equal(("HTTP/1.1", "http"), (node.Connectors[0].Protocol, node.Connectors[0].Scheme));
    }

    [Fact]
    public void Connector_port_from_property_and_catalina_properties_wins()
    {
        var tree = new TomcatTree()
            .Add("conf/server.xml", """
                <Server><Service name="Catalina"><Connector port="${http.port}"/><Connector port="${ajp.port:-8009}" protocol="AJP/1.3" secret="x"/>
                <Engine name="Catalina" defaultHost="localhost"/></Service></Server>
                """)
            .Add("conf/catalina.properties", "http.port=39180\n");
        var (node, d) = tree.Read(new TomcatOptions { Properties = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("http.port", "39181") });
        Assert.Empty(d);
        Assert.Equal([39180, 8009], node!.Connectors.Select(c => c.Port));
    }

    [Fact]
    public void Undefined_port_property_is_TC2418_and_TC2408()
    {
        var (_, d) = Read("<Connector port=\"${nope}\"/>");
        Assert.Equal(["TC2418", "TC2408"], TomcatTree.Codes(d));
        Assert.Contains("\"${nope}\"", d[0].Message);
    }

    [Fact]
    public void AJP_without_secret_with_explicit_version_is_TC2415_error()
    {
        var (_, d) = Read("<Connector port=\"8009\" protocol=\"AJP/1.3\"/>", new TomcatOptions { Version = "10.1", VersionExplicit = true });
        var diag = Assert.Single(d);
        Assert.Equal(("TC2415", DiagnosticSeverity.Error), (diag.Code, diag.Severity));
    }

    [Fact]
    public void AJP_without_secret_without_a_version_is_TC2433_warning()
    {
        var (_, d) = Read("<Connector port=\"8009\" protocol=\"AJP/1.3\"/>");
        var diag = Assert.Single(d);
        Assert.Equal(("TC2433", DiagnosticSeverity.Warning), (diag.Code, diag.Severity));
    }

    [Fact]
    public void AJP_without_secret_on_8_0_is_fine()
    {
        var (node, d) = Read("<Connector port=\"8009\" protocol=\"AJP/1.3\"/>", new TomcatOptions { Version = "8.0" });
        Assert.Empty(d);
        Assert.Null(node.Connectors[0].SecretRequired);
    }

    [Fact]
    public void AJP_requiredSecret_alias_counts_as_secret()
    {
        var (node, d) = Read("<Connector port=\"8009\" protocol=\"AJP/1.3\" requiredSecret=\"abc\"/>");
        Assert.Empty(d);
        Assert.Equal("abc", node.Connectors[0].Secret);
    }

    [Fact]
    public void Connector_port_out_of_range_is_TC2412()
    {
        var (_, d) = Read("<Connector port=\"70000\"/>");
        Assert.Equal(["TC2412"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Connector_executor_reference_is_checked()
    {
        var (node, d) = Read("<Connector port=\"8080\" executor=\"pool\"/><Connector port=\"8081\" executor=\"other\"/>");
        Assert.Equal("pool", node.Connectors[0].Executor);
        Assert.Equal("pool", Assert.Single(node.Executors).Attributes["name"]);
        Assert.Equal(["TC2428"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Server_portOffset_is_added_to_ports()
    {
        var (node, _) = Read("<Connector port=\"8080\"/>", server: "port=\"8005\" portOffset=\"100\"");
        Assert.Equal((8180, 8105, 100), (node.Connectors[0].Port, node.ShutdownPort, node.PortOffset));
    }

    [Fact]
    public void Unknown_protocol_is_TC2427_and_AprProtocol_on_10_1_is_TC2406()
    {
        var (node, d) = Read("<Connector port=\"1\" protocol=\"com.example.Proto\"/><Connector port=\"2\" protocol=\"org.apache.coyote.http11.Http11AprProtocol\"/>");
        Assert.Equal(["TC2427", "TC2406"], TomcatTree.Codes(d));
        Assert.Equal("HTTP/1.1", node.Connectors[1].Protocol);
    }

    [Fact]
    public void Shutdown_command_and_secret_are_kept_but_never_in_messages()
    {
        var (node, d) = Read("<Connector port=\"8009\" protocol=\"AJP/1.3\" secret=\"${undefined.secret}\" secretRequired=\"maybe\"/>", server: "shutdown=\"TopSecretWord\" port=\"x\"");
        Assert.Equal("TopSecretWord", node.ShutdownCommand);
        Assert.DoesNotContain(d, x => x.Message.Contains("TopSecretWord", StringComparison.Ordinal));
        Assert.Contains(d, x => x.Code == "TC2409");
    }
}
