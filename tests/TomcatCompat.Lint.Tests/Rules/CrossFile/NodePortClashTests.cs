using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class NodePortClashTests
{
    private readonly NodePortClash _rule = new();

    /// <summary>Both members on 127.0.0.1: the nodes share one machine.</summary>
    private static Config.Model.Topology OneHost(int node2PortBase) =>
        Healthy() with
        {
            Balancers = [Balancer(Member("node1", 11, "127.0.0.1", 8009), Member("node2", 12, "localhost", 8009 + node2PortBase))],
            Nodes = [Node("node1"), Node("node2", node2PortBase)],
        };

    [Fact]
    public void Server_port_8005_on_two_nodes_of_one_host_is_an_error()
    {
        var diagnostics = Run(_rule, OneHost(0));
        Assert.Equal(
            [("TC3102", 2), ("TC3102", 5), ("TC3102", 6)],
            diagnostics.Select(d => (d.Code, d.Span.Line)));
        Assert.All(diagnostics, d => Assert.Equal(ServerXml("node2"), d.Span.File));
        Assert.Equal(
            "<Server port> (shutdown) 8005 of node \"node2\" is also <Server port> (shutdown) of node \"node1\" (node1/conf/server.xml:2:1) on the same host, so whichever starts second cannot bind it; give each node its own ports (for example <Server portOffset>)",
            diagnostics[0].Message);
    }

    [Fact]
    public void Distinct_ports_on_one_host_and_receivers_sharing_4000_with_autoBind_100_are_not_flagged() =>
        Assert.Empty(Run(_rule, OneHost(100)));

    [Fact]
    public void Same_ports_on_two_machines_are_not_flagged() => Assert.Empty(Run(_rule, Healthy()));

    [Fact]
    public void Receiver_autoBind_1_on_the_same_port_is_an_error()
    {
        var topology = OneHost(100)
            .WithNode(0, n => n with { Cluster = Cluster("node1", autoBind: 1) })
            .WithNode(1, n => n with { Cluster = Cluster("node2", autoBind: 0) });
        var d = Single(_rule, topology, ServerXml("node2"), 24);
        Assert.StartsWith("<Receiver port> (autoBind=1) 4000 of node \"node2\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connector_on_another_node_receivers_first_port_is_an_error()
    {
        var topology = OneHost(100).WithNode(1, n => n with { Connectors = n.Connectors.SetItem(0, n.Connectors[0] with { Port = 4000 }) });
        var d = Single(_rule, topology, ServerXml("node2"), 5);
        Assert.Contains("is also <Receiver port> (autoBind=100) of node \"node1\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_explicit_addresses_do_not_clash()
    {
        var topology = OneHost(100)
            .WithNode(1, n => n with { Connectors = n.Connectors.SetItem(0, n.Connectors[0] with { Port = 8080, Address = "10.0.0.9" }) })
            .WithNode(0, n => n with { Connectors = n.Connectors.SetItem(0, n.Connectors[0] with { Address = "127.0.0.1" }) });
        Assert.Empty(Run(_rule, topology));
    }
}
