using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Cli.Tests;

/// <summary>A hand-built topology (the seed's shape: httpd balancer over two AJP nodes with DeltaManager), independent of the front ends.</summary>
internal static class SampleTopology
{
    public static Topology Create() => new()
    {
        Files = [new InputFile("etc/apache2/apache2.conf", "httpd") { Includes = ["etc/apache2/sites-enabled/cluster.conf"] },
                 new InputFile("etc/apache2/sites-enabled/cluster.conf", "httpd", "etc/apache2/apache2.conf:225"),
                 new InputFile("tomcat1/conf/server.xml", "server.xml"), new InputFile("tomcat2/conf/server.xml", "server.xml")],
        Listens = [new ListenSpec(null, 80, "http", Span("etc/apache2/apache2.conf", 10))],
        VirtualHosts =
        [
            new VirtualHostSpec { Id = "main", IsMain = true, Source = Span("etc/apache2/apache2.conf", 1) },
            new VirtualHostSpec { Id = "vhost:etc/apache2/sites-enabled/cluster.conf:1", Addresses = ["*:80"], ServerName = "www.example.com:80", ServerAliases = ["example.com"], Source = Span("etc/apache2/sites-enabled/cluster.conf", 1) },
        ],
        Balancers =
        [
            new BalancerSpec
            {
                Name = "balancer://mycluster",
                Origin = "mod_proxy_balancer",
                StickySession = ["JSESSIONID", "jsessionid"],
                Members = [Member(1, "node1", 8009, MemberStatus.None), Member(2, "node2", 8010, MemberStatus.Disabled | MemberStatus.Stopped)],
                Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("stickysession", "JSESSIONID|jsessionid")]),
                Source = Span("etc/apache2/sites-enabled/cluster.conf", 3),
            },
        ],
        Mounts =
        [
            Mount(0, MountKind.ProxyPass, "/app/static", null, exclude: true),
            Mount(1, MountKind.ProxyPass, "/app", "balancer://mycluster/app"),
            Mount(2, MountKind.ProxyPassMatch, "^/api/(.*)$", "balancer://mycluster/api/$1", regex: true),
            Mount(3, MountKind.ProxyPass, "/legacy/", "http://10.0.0.9:8080/old/", balancer: false),
            Mount(4, MountKind.ProxyPassMatch, "\\.jsp$", "balancer://mycluster", regex: true),
        ],
        Nodes = [Node("node1", 8009), Node("node2", 8010)],
        Diagnostics =
        [
            new Diagnostic("TC4001", DiagnosticSeverity.Warning, Span("etc/apache2/sites-enabled/cluster.conf", 12), "unsupported: \"ProxyHCExpr\" is parsed but not reproduced"),
            new Diagnostic("TC3007", DiagnosticSeverity.Info, Span("tomcat2/conf/server.xml", 3), "node \"node2\" is reached by no BalancerMember"),
            new Diagnostic("TC2400", DiagnosticSeverity.Error, Span("tomcat1/conf/server.xml", 5), "AJP secret \"s3cr3t-ajp\" quoted in a message"),
        ],
    };

    private static SourceSpan Span(string file, int line) => new(file, line, 1);

    private static BalancerMember Member(int i, string route, int port, MemberStatus status) => new()
    {
        Url = $"ajp://127.0.0.1:{port}",
        Scheme = "ajp",
        Host = "127.0.0.1",
        Port = port,
        Route = route,
        LoadFactor = i,
        Status = status,
        Secret = "s3cr3t-ajp",
        Node = route,
        Parameters = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("route", route), KeyValuePair.Create("secret", "s3cr3t-ajp")]),
        Source = Span("etc/apache2/sites-enabled/cluster.conf", 3 + i),
    };

    private static Mount Mount(int order, MountKind kind, string path, string? target, bool exclude = false, bool regex = false, bool balancer = true) => new()
    {
        Kind = kind,
        Path = path,
        Target = target,
        Balancer = balancer && target is not null ? "balancer://mycluster" : null,
        Exclude = exclude,
        IsRegex = regex,
        Order = order,
        Scope = "vhost:etc/apache2/sites-enabled/cluster.conf:1",
        Source = Span("etc/apache2/sites-enabled/cluster.conf", 20 + order),
    };

    private static NodeSpec Node(string route, int ajpPort)
    {
        var file = $"{(route == "node1" ? "tomcat1" : "tomcat2")}/conf/server.xml";
        ComponentSpec C(string kind, params (string, string)[] attributes) => new()
        {
            ClassName = "org.apache.catalina.tribes." + kind,
            Kind = kind,
            Attributes = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, attributes.Select(a => KeyValuePair.Create(a.Item1, a.Item2))),
            Source = Span(file, 20),
        };
        return new NodeSpec
        {
            Name = route,
            JvmRoute = route,
            ShutdownPort = -1,
            ShutdownCommand = "let-me-stop",
            Connectors =
            [
                new Connector { Protocol = "HTTP/1.1", Scheme = "http", Port = ajpPort - 929, Source = Span(file, 10) },
                new Connector
                {
                    Protocol = "AJP/1.3", Scheme = "ajp", Port = ajpPort, Address = "127.0.0.1", Secret = "s3cr3t-ajp", SecretRequired = true,
                    Attributes = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("port", ajpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)), KeyValuePair.Create("secret", "s3cr3t-ajp")]),
                    Source = Span(file, 12),
                },
            ],
            Cluster = new ClusterSpec
            {
                ClassName = "org.apache.catalina.ha.tcp.SimpleTcpCluster",
                Manager = C("DeltaManager", ("expireSessionsOnShutdown", "false")),
                Channel = new ChannelSpec
                {
                    Channel = C("GroupChannel"),
                    Membership = new MembershipSpec { Service = C("McastService", ("address", "228.0.0.4"), ("port", "45564")), Mode = "multicast" },
                    Receiver = C("NioReceiver", ("address", "auto"), ("port", "4000")),
                    Sender = C("ReplicationTransmitter"),
                    Transport = C("PooledParallelSender"),
                    Interceptors = [new InterceptorSpec { Component = C("TcpFailureDetector") }, new InterceptorSpec { Component = C("EncryptInterceptor", ("encryptionKey", "cafebabecafebabecafebabecafebabe")) }],
                },
                Valves = [C("ReplicationValve", ("filter", "")), C("JvmRouteBinderValve")],
                Source = Span(file, 18),
            },
            Webapps = [new WebApp { Host = "localhost", ContextPath = "/app", Distributable = true, Source = Span($"{route}/webapps/app/WEB-INF/web.xml", 2) }],
            Source = Span(file, 2),
        };
    }
}
