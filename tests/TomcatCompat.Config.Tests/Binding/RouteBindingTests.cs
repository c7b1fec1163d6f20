using System.Collections.Immutable;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding;

public class RouteBindingTests
{
    private static BalancerMember Member(string scheme, string host, int port, string? route = null, int line = 3) => new()
    {
        Url = $"{scheme}://{host}:{port}",
        Scheme = scheme,
        Host = host,
        Port = port,
        Route = route,
        Source = new SourceSpan("httpd.conf", line, 5),
    };

    private static Connector Ajp(int port, string? address = null) => new() { Protocol = "AJP/1.3", Scheme = "ajp", Port = port, Address = address };

    private static Connector Http(int port, string? address = null) => new() { Protocol = "HTTP/1.1", Scheme = "http", Port = port, Address = address };

    private static NodeSpec Node(string name, string? jvmRoute, params Connector[] connectors) => new()
    {
        Name = name,
        JvmRoute = jvmRoute,
        Connectors = [.. connectors],
        Source = new SourceSpan($"{name}/conf/server.xml", 2, 1),
    };

    private static (ImmutableArray<BalancerSpec> Balancers, ImmutableArray<Diagnostic> Diagnostics) Bind(
        ImmutableArray<BalancerMember> members, params NodeSpec[] nodes)
    {
        var bag = new DiagnosticBag();
        var balancer = new BalancerSpec { Name = "balancer://c", Origin = "mod_proxy_balancer", Members = members };
        var result = RouteBinding.Bind([balancer], [], [.. nodes], bag);
        return (result, bag.ToImmutable());
    }

    [Fact]
    public void BalancerMember_route_equal_to_jvmRoute_binds_node()
    {
        var (b, d) = Bind([Member("ajp", "10.0.0.1", 8009, "node1")], Node("tomcat1", "node1", Ajp(8009)), Node("tomcat2", "node2", Ajp(8009)));
        Assert.Equal("tomcat1", b[0].Members[0].Node);
        Assert.Equal(["TC3007"], d.Select(x => x.Code)); // tomcat2 takes no traffic
    }

    [Fact]
    public void BalancerMember_without_route_binds_by_host_and_port_when_unique()
    {
        var (b, d) = Bind([Member("http", "127.0.0.1", 8081)], Node("n1", "node1", Http(8081)), Node("n2", "node2", Http(8082)));
        Assert.Equal("n1", b[0].Members[0].Node);
        Assert.Equal(["TC3007"], d.Select(x => x.Code));
    }

    [Fact]
    public void Connector_address_loopback_matches_member_host_localhost()
    {
        var (b, _) = Bind([Member("ajp", "localhost", 8009)], Node("n1", null, Ajp(8009, "127.0.0.1")), Node("n2", null, Ajp(8009, "10.0.0.2")));
        Assert.Equal("n1", b[0].Members[0].Node);
    }

    [Fact]
    public void BalancerMember_route_matching_no_jvmRoute_reports_TC3001_and_falls_back_to_port()
    {
        var (b, d) = Bind([Member("ajp", "10.0.0.1", 8009, "nodeX")], Node("n1", "node1", Ajp(8009)));
        Assert.Equal("n1", b[0].Members[0].Node);
        var diag = Assert.Single(d);
        Assert.Equal("TC3001", diag.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diag.Severity);
        Assert.Equal(new SourceSpan("httpd.conf", 3, 5), diag.Span);
        Assert.Equal(
            "BalancerMember \"ajp://10.0.0.1:8009\" route \"nodeX\" matches no <Engine jvmRoute> (imported jvmRoutes: node1); set jvmRoute=\"nodeX\" on that node or change route= so sticky sessions work",
            diag.Message);
    }

    [Fact]
    public void BalancerMember_matching_nothing_reports_TC3000()
    {
        var (b, d) = Bind([Member("http", "10.0.0.9", 9999)], Node("n1", "node1", Http(8080)));
        Assert.Null(b[0].Members[0].Node);
        Assert.Equal(["TC3000", "TC3007"], d.Select(x => x.Code));
        Assert.Equal("BalancerMember \"http://10.0.0.9:9999\" reaches no imported node: no imported <Connector> listens on 10.0.0.9:9999; import that node's server.xml or fix the member URL", d[0].Message);
    }

    [Fact]
    public void BalancerMember_route_ok_but_port_without_connector_reports_TC3002()
    {
        var (b, d) = Bind([Member("ajp", "10.0.0.1", 8010, "node1")], Node("n1", "node1", Ajp(8009), Http(8080)));
        Assert.Equal("n1", b[0].Members[0].Node);
        var diag = Assert.Single(d);
        Assert.Equal("TC3002", diag.Code);
        Assert.Contains("(it has: AJP/1.3 port 8009, HTTP/1.1 port 8080)", diag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancerMember_ajp_scheme_on_HTTP_connector_is_TC3003_error()
    {
        var (_, d) = Bind([Member("ajp", "10.0.0.1", 8080, "node1")], Node("n1", "node1", Http(8080)));
        var diag = Assert.Single(d);
        Assert.Equal("TC3003", diag.Code);
        Assert.Equal(DiagnosticSeverity.Error, diag.Severity);
        Assert.Equal(
            "BalancerMember \"ajp://10.0.0.1:8080\" speaks AJP/1.3 but <Connector port=\"8080\"> of node \"n1\" is HTTP/1.1; use http:// in the member URL or point it at the node's AJP/1.3 Connector",
            diag.Message);
    }

    [Fact]
    public void Engine_jvmRoute_used_twice_is_TC3004_error()
    {
        var (_, d) = Bind([Member("ajp", "h", 8009, "node1")], Node("a", "node1", Ajp(8009)), Node("b", "node1", Ajp(8010)));
        var diag = Assert.Single(d, x => x.Code == "TC3004");
        Assert.Equal(DiagnosticSeverity.Error, diag.Severity);
        Assert.Equal("b/conf/server.xml", diag.Span.File);
    }

    [Fact]
    public void Connector_address_other_literal_ip_is_TC3005()
    {
        var (_, d) = Bind([Member("ajp", "10.0.0.1", 8009, "node1")], Node("n1", "node1", Ajp(8009, "127.0.0.1")));
        Assert.Equal("TC3005", Assert.Single(d).Code);
    }

    [Fact]
    public void BalancerMember_matching_two_nodes_by_port_is_TC3006_info_and_unbound()
    {
        var (b, d) = Bind([Member("ajp", "app", 8009)], Node("n1", null, Ajp(8009)), Node("n2", null, Ajp(8009)));
        Assert.Null(b[0].Members[0].Node);
        Assert.Equal(["TC3006", "TC3007", "TC3007"], d.Select(x => x.Code));
        Assert.Equal(DiagnosticSeverity.Info, d[0].Severity);
    }

    [Fact]
    public void Node_reached_by_no_member_is_TC3007_info()
    {
        var (_, d) = Bind([Member("ajp", "h", 8009, "node1")], Node("n1", "node1", Ajp(8009)), Node("n2", "node2", Ajp(8010)));
        var diag = Assert.Single(d);
        Assert.Equal("TC3007", diag.Code);
        Assert.Equal("node \"n2\" is reached by no BalancerMember or mod_jk worker; add a member with route=node2 if it should take traffic", diag.Message);
    }

    [Fact]
    public void ProxyPass_direct_url_to_a_node_counts_as_reaching_it()
    {
        var bag = new DiagnosticBag();
        var mount = new Mount { Kind = MountKind.ProxyPass, Path = "/x", Target = "http://127.0.0.1:8080/x" };
        RouteBinding.Bind([], [mount], [Node("n1", "node1", Http(8080))], bag);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void RouteBinding_without_nodes_changes_nothing_and_reports_nothing()
    {
        var (b, d) = Bind([Member("ajp", "h", 8009, "x")]);
        Assert.Null(b[0].Members[0].Node);
        Assert.Empty(d);
    }

    [Fact]
    public void Fcgi_member_is_not_bound_and_not_reported()
    {
        var (b, d) = Bind([Member("fcgi", "h", 9000)], Node("n1", "node1", Http(9000)));
        Assert.Null(b[0].Members[0].Node);
        Assert.Equal(["TC3007"], d.Select(x => x.Code));
    }

    [Fact]
    public void RouteBinding_2000_members_binds_each_by_route()
    {
        var nodes = Enumerable.Range(0, 20).Select(i => Node($"n{i}", $"node{i}", Ajp(8009 + i))).ToArray();
        var members = Enumerable.Range(0, 2000).Select(i => Member("ajp", "h", 8009 + (i % 20), $"node{i % 20}")).ToImmutableArray();
        var (b, d) = Bind(members, nodes);
        Assert.Empty(d);
        Assert.Equal("n7", b[0].Members[1007].Node);
    }
}
