using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

/// <summary>
/// Hand-built topologies for the cross-file rules: two healthy nodes (node1, node2) behind a sticky
/// AJP balancer in httpd.conf, each with a DeltaManager cluster and a distributable /app. Tests
/// change one fact with <c>with</c> and assert the exact finding.
/// </summary>
internal static class CrossFileFixture
{
    public const string Httpd = "httpd/httpd.conf";

    public static string ServerXml(string node) => $"{node}/conf/server.xml";

    public static string WebXml(string node) => $"{node}/webapps/app/WEB-INF/web.xml";

    public static ComponentSpec Component(string kind, SourceSpan at, params (string Key, string Value)[] attributes) => new()
    {
        ClassName = "org.apache.catalina." + kind,
        Kind = kind,
        Source = at,
        Attributes = attributes.ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
    };

    public static ClusterSpec Cluster(string node, string manager = "DeltaManager", bool binder = true, string receiverAddress = "auto", int receiverPort = 4000, int autoBind = 100)
    {
        var file = ServerXml(node);
        return new ClusterSpec
        {
            ClassName = "org.apache.catalina.ha.tcp.SimpleTcpCluster",
            Source = new SourceSpan(file, 20, 9),
            Manager = Component(manager, new SourceSpan(file, 21, 11)),
            Channel = new ChannelSpec
            {
                Channel = Component("GroupChannel", new SourceSpan(file, 22, 11)),
                Membership = new MembershipSpec
                {
                    Service = Component("McastService", new SourceSpan(file, 23, 13), ("address", "228.0.0.4"), ("port", "45564")),
                    Mode = "multicast",
                },
                Receiver = Component("NioReceiver", new SourceSpan(file, 24, 13), ("address", receiverAddress), ("autoBind", autoBind.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("port", receiverPort.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Sender = Component("ReplicationTransmitter", new SourceSpan(file, 25, 13)),
                Transport = Component("PooledParallelSender", new SourceSpan(file, 26, 15)),
            },
            Valves = binder
                ? [Component("JvmRouteBinderValve", new SourceSpan(file, 27, 11)), Component("ReplicationValve", new SourceSpan(file, 28, 11))]
                : [Component("ReplicationValve", new SourceSpan(file, 28, 11))],
        };
    }

    public static NodeSpec Node(string name, int portBase = 0, bool cluster = true, bool distributable = true) => new()
    {
        Name = name,
        JvmRoute = name,
        ShutdownPort = 8005 + portBase,
        Source = new SourceSpan(ServerXml(name), 2),
        Connectors =
        [
            new Connector { Protocol = "HTTP/1.1", Scheme = "http", Port = 8080 + portBase, Source = new SourceSpan(ServerXml(name), 5, 5) },
            new Connector { Protocol = "AJP/1.3", Scheme = "ajp", Port = 8009 + portBase, Address = "0.0.0.0", Secret = "s3cret", SecretRequired = true, Source = new SourceSpan(ServerXml(name), 6, 5) },
        ],
        Hosts = [new HostSpec { Name = "localhost", Source = new SourceSpan(ServerXml(name), 12, 7) }],
        Cluster = cluster ? Cluster(name) : null,
        Webapps = [new WebApp { Host = "localhost", ContextPath = "/app", Distributable = distributable, Source = new SourceSpan(WebXml(name), 3, 3) }],
    };

    public static BalancerMember Member(string node, int line, string host = "10.0.0.1", int port = 8009, string scheme = "ajp", string? route = "same", string? secret = "s3cret") => new()
    {
        Url = $"{scheme}://{host}:{port}",
        Scheme = scheme,
        Host = host,
        Port = port,
        Route = route == "same" ? node : route,
        Secret = secret,
        Node = node,
        Source = new SourceSpan(Httpd, line, 5),
    };

    public static BalancerSpec Balancer(params BalancerMember[] members) => new()
    {
        Name = "balancer://app",
        Origin = "mod_proxy_balancer",
        StickySession = ["JSESSIONID", "jsessionid"],
        Members = [.. members],
        Source = new SourceSpan(Httpd, 10, 1),
    };

    /// <summary>Two nodes on two machines (members 10.0.0.1 and 10.0.0.2), sticky, secrets matching: no finding.</summary>
    public static Topology Healthy() => new()
    {
        VirtualHosts = [new VirtualHostSpec { Id = "main", IsMain = true, Source = new SourceSpan(Httpd, 1) }],
        Balancers = [Balancer(Member("node1", 11, "10.0.0.1"), Member("node2", 12, "10.0.0.2"))],
        Mounts = [new Mount { Kind = MountKind.ProxyPass, Path = "/app", Target = "balancer://app/app", Balancer = "balancer://app", Source = new SourceSpan(Httpd, 15, 1) }],
        Nodes = [Node("node1"), Node("node2")],
    };

    public static Topology WithBalancer(this Topology topology, Func<BalancerSpec, BalancerSpec> change) =>
        topology with { Balancers = [change(topology.Balancers[0])] };

    public static Topology WithNode(this Topology topology, int index, Func<NodeSpec, NodeSpec> change) =>
        topology with { Nodes = topology.Nodes.SetItem(index, change(topology.Nodes[index])) };

    public static List<Diagnostic> Run(ILintRule rule, Topology topology)
    {
        var bag = new DiagnosticBag();
        rule.Check(new LintContext(topology, [], new LintOptions()), bag);
        return [.. bag.ToImmutable()];
    }

    /// <summary>Asserts exactly one finding of the rule's code and severity at file:line.</summary>
    public static Diagnostic Single(ILintRule rule, Topology topology, string file, int line)
    {
        var d = Assert.Single(Run(rule, topology));
        Assert.Equal((rule.Descriptor.Code, rule.Descriptor.DefaultSeverity, file, line), (d.Code, d.Severity, d.Span.File, d.Span.Line));
        return d;
    }
}
