using CsCheck;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Node.Local;

namespace TomcatCompat.Node.Tests.Local;

public sealed class LocalRemapTests
{
    private static readonly Lazy<Topology> SeedTopology = new(() =>
        TopologyBuilder.Build(new ImportRequest { Paths = [TestPaths.Seed] }, PhysicalFileSystem.Instance));

    [Fact]
    public void LocalRemap_seed_maps_each_address_to_its_own_loopback_in_order_of_appearance()
    {
        var result = LocalRemap.Apply(SeedTopology.Value);

        Assert.Equal(
            [new("192.168.0.201", "127.0.1.1"), new("192.168.0.202", "127.0.1.2"), new("192.168.0.200", "127.0.1.3")],
            result.Addresses.ToArray());
        Assert.Equal("127.0.1.3", result.BalancerAddress);
    }

    [Fact]
    public void LocalRemap_seed_Listen_80_becomes_8080_on_the_balancer_address()
    {
        var listen = Assert.Single(LocalRemap.Apply(SeedTopology.Value).Topology.Listens);

        Assert.Equal(("127.0.1.3", 8080), (listen.Address, listen.Port));
    }

    [Fact]
    public void LocalRemap_seed_BalancerMember_ajp_hosts_keep_port_8009()
    {
        var members = LocalRemap.Apply(SeedTopology.Value).Topology.Balancers[0].Members;

        Assert.Equal(["ajp://127.0.1.1:8009", "ajp://127.0.1.2:8009"], members.Select(m => m.Url));
    }

    [Fact]
    public void LocalRemap_seed_Connector_without_address_takes_the_member_address()
    {
        var nodes = LocalRemap.Apply(SeedTopology.Value).Topology.Nodes;

        Assert.Equal(
            ["127.0.1.1:8080", "127.0.1.1:8009", "127.0.1.2:8080", "127.0.1.2:8009"],
            nodes.SelectMany(n => n.Connectors).Select(c => c.Address + ":" + c.Port));
        Assert.Equal(["127.0.1.1", "127.0.1.2"], nodes.Select(n => n.ShutdownAddress));
        Assert.Equal([8005, 8005], nodes.Select(n => n.ShutdownPort));
    }

    [Fact]
    public void LocalRemap_seed_McastService_becomes_static_membership_of_both_receivers()
    {
        var result = LocalRemap.Apply(SeedTopology.Value);
        var membership = result.Topology.Nodes[0].Cluster!.Channel.Membership;

        Assert.Equal(["tomcat1", "tomcat2"], result.StaticMembershipNodes.ToArray());
        Assert.Equal("static", membership.Mode);
        Assert.Equal(["127.0.1.1:4000", "127.0.1.2:4000"], membership.Members.Select(m => m.Attributes["host"] + ":" + m.Attributes["port"]));
        Assert.Equal("127.0.1.2", result.Topology.Nodes[1].Cluster!.Channel.Receiver.Attributes["address"]);
    }

    [Fact]
    public void LocalRemap_seed_ajp_members_stay_ajp_on_the_node_addresses()
    {
        var local = LocalRemap.Apply(SeedTopology.Value).Topology;

        Assert.Equal(["ajp://127.0.1.1:8009", "ajp://127.0.1.2:8009"], local.Balancers[0].Members.Select(m => m.Url));
    }

    [Fact]
    public void AjpMemberFallback_seed_connectors_without_secret_are_not_opened_so_members_go_to_HTTP()
    {
        var local = LocalRemap.Apply(SeedTopology.Value).Topology;

        var (topology, moved) = AjpMemberFallback.Apply(local);

        Assert.Equal(["http://127.0.1.1:8080", "http://127.0.1.2:8080"], topology.Balancers[0].Members.Select(m => m.Url));
        Assert.Equal(2, moved.Length);
    }

    [Fact]
    public void AjpMemberFallback_leaves_members_of_nodes_that_serve_AJP()
    {
        var local = LocalRemap.Apply(SeedTopology.Value).Topology;
        var withSecret = local with
        {
            Nodes = [.. local.Nodes.Select(n => n with { Connectors = [.. n.Connectors.Select(c => c.Scheme == "ajp" ? c with { Secret = "s" } : c)] })],
        };

        var (topology, moved) = AjpMemberFallback.Apply(withSecret);

        Assert.Equal(["ajp://127.0.1.1:8009", "ajp://127.0.1.2:8009"], topology.Balancers[0].Members.Select(m => m.Url));
        Assert.Empty(moved);
    }

    [Theory]
    [InlineData(80, 8000, 8080)]
    [InlineData(443, 8000, 8443)]
    [InlineData(1024, 8000, 1024)]
    [InlineData(8009, 8000, 8009)]
    [InlineData(-1, 8000, -1)]
    public void LocalRemap_port_offset_moves_only_privileged_ports(int port, int offset, int expected) =>
        Assert.Equal(expected, LocalRemap.Offset(port, offset));

    [Fact]
    public void LocalRemap_random_member_hosts_never_throw_and_end_on_loopback()
    {
        Gen.String.Array[0, 6].Sample(hosts =>
        {
            var balancer = new BalancerSpec
            {
                Name = "balancer://b",
                Origin = "mod_proxy_balancer",
                Members = [.. hosts.Select(h => new BalancerMember { Url = "http://" + h, Scheme = "http", Host = h, Port = 80 })],
            };
            var result = LocalRemap.Apply(new Topology { Balancers = [balancer] });
            foreach (var member in result.Topology.Balancers[0].Members)
            {
                Assert.True(LocalAddressMap.IsWildcard(member.Host) || LocalAddressMap.IsLoopback(member.Host) ||
                            string.Equals(member.Host, "auto", StringComparison.OrdinalIgnoreCase), member.Host);
                Assert.Equal(8080, member.Port);
            }
        }, iter: 300);
    }
}
