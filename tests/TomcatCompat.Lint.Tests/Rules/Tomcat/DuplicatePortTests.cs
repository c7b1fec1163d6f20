using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class DuplicatePortTests
{
    private readonly DuplicatePort _rule = new();

    [Fact]
    public void Two_Connectors_on_port_8080_are_an_error_at_the_second()
    {
        var d = Single(_rule, Server(connectors: "<Connector port=\"8080\"/>\n    <Connector port=\"8080\" protocol=\"AJP/1.3\" secretRequired=\"false\" address=\"0.0.0.0\"/>"));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 5, 6), d.Span);
        Assert.Equal(
            "<Connector port=\"8080\"> binds the same port as <Connector protocol=\"HTTP/1.1\"> (node1/conf/server.xml:4:6) on this node, so the second bind fails with \"Address already in use\"; give each its own port",
            d.Message);
    }

    [Fact]
    public void Connector_on_the_Server_shutdown_port_is_an_error() =>
        Assert.Contains("binds the same port as the <Server> shutdown port", Single(_rule, Server(connectors: "<Connector port=\"8005\"/>")).Message);

    [Fact]
    public void Connectors_on_the_same_port_but_different_addresses_are_not_flagged() =>
        Assert.Empty(Run(_rule, Server(connectors: "<Connector port=\"8080\" address=\"10.0.0.1\"/>\n    <Connector port=\"8080\" address=\"10.0.0.2\"/>")));

    [Fact]
    public void Connectors_on_port_0_are_not_flagged() =>
        Assert.Empty(Run(_rule, Server(connectors: "<Connector port=\"0\"/>\n    <Connector port=\"0\"/>")));
}
