using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

/// <summary>The project's seed configuration (tomcat-cluster.md §21), written for Tomcat 8.0.21.</summary>
public sealed class SeedClusterTests
{
    private const string SeedCluster = """
        <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster" channelSendOptions="8">
          <Manager className="org.apache.catalina.ha.session.DeltaManager" expireSessionsOnShutdown="false" notifyListenersOnReplication="true"/>
          <Channel className="org.apache.catalina.tribes.group.GroupChannel">
            <Membership className="org.apache.catalina.tribes.membership.McastService" address="228.0.0.4" port="45564" frequency="500" dropTime="3000"/>
            <Receiver className="org.apache.catalina.tribes.transport.nio.NioReceiver" address="192.168.0.201" port="4000" autoBind="100" selectorTimeout="5000" maxThreads="6"/>
            <Sender className="org.apache.catalina.tribes.transport.ReplicationTransmitter">
              <Transport className="org.apache.catalina.tribes.transport.nio.PooledParallelSender"/>
            </Sender>
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor"/>
          </Channel>
          <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=""/>
          <Valve className="org.apache.catalina.ha.session.JvmRouteBinderValve"/>
          <Deployer className="org.apache.catalina.ha.deploy.FarmWarDeployer" tempDir="/tmp/war-temp/" deployDir="/tmp/war-deploy/" watchDir="/tmp/war-listen/" watchEnabled="false"/>
          <ClusterListener className="org.apache.catalina.ha.session.ClusterSessionListener"/>
        </Cluster>
        """;

    private static readonly string SeedServer = TomcatTree.Server(
        SeedCluster,
        """
        <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443"/>
        <Connector port="8009" protocol="AJP/1.3" redirectPort="8443" secret="s3cr3t-value"/>
        """,
        "name=\"Catalina\" defaultHost=\"localhost\" jvmRoute=\"TomcatA\"");

    [Fact]
    public void Seed_cluster_reads_manager_send_options_and_membership()
    {
        var (node, _) = TomcatTree.ReadServer(SeedServer);
        var c = node.Cluster!;
        Assert.Equal(("DeltaManager", "false", "true"), (c.Manager.Kind, c.Manager.Attributes["expireSessionsOnShutdown"], c.Manager.Attributes["notifyListenersOnReplication"]));
        Assert.Equal((8, "async", "Engine"), (c.ChannelSendOptions, c.ChannelSendOptionsName, c.Container));
        var m = c.Channel.Membership;
        Assert.Equal(("multicast", "McastService", false), (m.Mode, m.Service.Kind, m.Service.Implicit));
        Assert.Equal(("228.0.0.4", "45564", "500", "3000"), (m.Service.Attributes["address"], m.Service.Attributes["port"], m.Service.Attributes["frequency"], m.Service.Attributes["dropTime"]));
    }

    [Fact]
    public void Seed_cluster_reads_receiver_sender_and_transport()
    {
        var c = TomcatTree.ReadServer(SeedServer).Node.Cluster!;
        var r = c.Channel.Receiver.Attributes;
        Assert.Equal("NioReceiver", c.Channel.Receiver.Kind);
        Assert.Equal(("192.168.0.201", "4000", "100", "5000", "6", "6"), (r["address"], r["port"], r["autoBind"], r["selectorTimeout"], r["maxThreads"], r["minThreads"]));
        Assert.Equal(("ReplicationTransmitter", "PooledParallelSender"), (c.Channel.Sender.Kind, c.Channel.Transport.Kind));
        Assert.Equal(("3000", "1"), (c.Channel.Transport.Attributes["timeout"], c.Channel.Transport.Attributes["maxRetryAttempts"]));
    }

    [Fact]
    public void Seed_MessageDispatch15Interceptor_is_aliased_with_version_warning()
    {
        var (node, d) = TomcatTree.ReadServer(SeedServer);
        var interceptors = node.Cluster!.Channel.Interceptors;
        Assert.Equal(["TcpFailureDetector", "MessageDispatchInterceptor"], interceptors.Select(i => i.Component.Kind));
        Assert.Equal("org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor", interceptors[1].Component.ClassName);
        Assert.All(interceptors, i => Assert.False(i.Component.Implicit));
        var diag = Assert.Single(d, x => x.Code == "TC2406");
        Assert.Equal(DiagnosticSeverity.Warning, diag.Severity);
        Assert.Equal(
            "<Interceptor> className \"org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor\" does not exist in Tomcat 10.1 (removed in 8.5.0): Tomcat 10.1 would refuse to start; TomcatCompat reads it as MessageDispatchInterceptor; rename it to org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor",
            diag.Message);
        Assert.Equal(("node1/conf/server.xml", 16), (diag.Span.File, diag.Span.Line));
    }

    [Fact]
    public void Seed_MessageDispatch15Interceptor_with_explicit_tomcat_version_is_error()
    {
        var (_, d) = TomcatTree.ReadServer(SeedServer, new TomcatOptions { Version = "9.0", VersionExplicit = true });
        var diag = Assert.Single(d, x => x.Code == "TC2405");
        Assert.Equal(DiagnosticSeverity.Error, diag.Severity);
        Assert.Contains("Tomcat 9.0 would refuse to start", diag.Message);
    }

    [Fact]
    public void Seed_MessageDispatch15Interceptor_on_tomcat_8_0_is_accepted()
    {
        var (_, d) = TomcatTree.ReadServer(SeedServer, new TomcatOptions { Version = "8.0.21", VersionExplicit = true });
        Assert.DoesNotContain(d, x => x.Code is "TC2405" or "TC2406");
    }

    [Fact]
    public void Seed_valves_deployer_and_listener_are_explicit()
    {
        var (node, d) = TomcatTree.ReadServer(SeedServer);
        var c = node.Cluster!;
        Assert.Equal(["ReplicationValve", "JvmRouteBinderValve"], c.Valves.Select(v => v.Kind));
        Assert.Equal("", c.Valves[0].Attributes["filter"]);
        Assert.Equal("ClusterSessionListener", Assert.Single(c.ClusterListeners).Kind);
        Assert.False(c.ClusterListeners[0].Implicit);
        Assert.Equal(("FarmWarDeployer", "false"), (c.Deployer!.Kind, c.Deployer.Attributes["watchEnabled"]));
        Assert.Contains(d, x => x.Code == "TC2413" && x.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(d, x => x.Code == "TC4202");
    }

    [Fact]
    public void Seed_connectors_and_jvmRoute()
    {
        var (node, _) = TomcatTree.ReadServer(SeedServer);
        Assert.Equal(("TomcatA", "TomcatA"), (node.Name, node.JvmRoute));
        Assert.Equal([("HTTP/1.1", "http", 8080), ("AJP/1.3", "ajp", 8009)], node.Connectors.Select(c => (c.Protocol, c.Scheme, c.Port)));
        Assert.Equal(("s3cr3t-value", true), (node.Connectors[1].Secret, node.Connectors[1].SecretRequired));
    }

    [Fact]
    public void Seed_diagnostics_are_exactly_the_expected_ones()
    {
        var (_, d) = TomcatTree.ReadServer(SeedServer);
        Assert.Equal(["TC2406", "TC2413", "TC4202"], TomcatTree.Codes(d).Order(StringComparer.Ordinal));
    }
}
