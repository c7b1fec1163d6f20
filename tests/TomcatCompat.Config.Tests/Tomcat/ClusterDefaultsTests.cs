using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class ClusterDefaultsTests
{
    private const string Bare = "<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"/>";

    [Fact]
    public void Bare_Cluster_yields_full_implicit_configuration()
    {
        var c = TomcatTree.ReadCluster(Bare, out var d);
        Assert.Empty(d);
        Assert.Equal((8, "async", 15), (c.ChannelSendOptions, c.ChannelSendOptionsName, c.ChannelStartOptions));
        Assert.Equal(
            ["DeltaManager", "GroupChannel", "McastService", "NioReceiver", "ReplicationTransmitter", "PooledParallelSender"],
            [c.Manager.Kind, c.Channel.Channel.Kind, c.Channel.Membership.Service.Kind, c.Channel.Receiver.Kind, c.Channel.Sender.Kind, c.Channel.Transport.Kind]);
        Assert.All(
            new[] { c.Manager, c.Channel.Channel, c.Channel.Membership.Service, c.Channel.Receiver, c.Channel.Sender, c.Channel.Transport },
            p => Assert.True(p.Implicit));
        Assert.Equal(["MessageDispatchInterceptor", "TcpFailureDetector"], c.Channel.Interceptors.Select(i => i.Component.Kind));
        Assert.Equal(["JvmRouteBinderValve", "ReplicationValve"], c.Valves.Select(v => v.Kind));
        Assert.Equal("ClusterSessionListener", Assert.Single(c.ClusterListeners).Kind);
        Assert.All(c.Channel.Interceptors, i => Assert.True(i.Component.Implicit));
        Assert.All(c.Valves.Concat(c.ClusterListeners), v => Assert.True(v.Implicit));
        Assert.Null(c.Deployer);
    }

    [Fact]
    public void Bare_Cluster_implicit_parts_carry_tomcat_defaults()
    {
        var c = TomcatTree.ReadCluster(Bare, out _);
        var m = c.Channel.Membership.Service.Attributes;
        Assert.Equal(("228.0.0.4", "45564", "500", "3000"), (m["address"], m["port"], m["frequency"], m["dropTime"]));
        var r = c.Channel.Receiver.Attributes;
        Assert.Equal(("auto", "4000", "100", "15", "6", "5000"), (r["address"], r["port"], r["autoBind"], r["maxThreads"], r["minThreads"], r["selectorTimeout"]));
        var t = c.Channel.Transport.Attributes;
        Assert.Equal(("3000", "1"), (t["timeout"], t["maxRetryAttempts"]));
        var mgr = c.Manager.Attributes;
        Assert.Equal(("false", "true", "60", "-1"), (mgr["expireSessionsOnShutdown"], mgr["notifyListenersOnReplication"], mgr["stateTransferTimeout"], mgr["maxActiveSessions"]));
        Assert.Equal(("8", "10", "2"), (c.Channel.Interceptors[0].Component.Attributes["optionFlag"], c.Channel.Interceptors[0].Component.Attributes["maxThreads"], c.Channel.Interceptors[0].Component.Attributes["maxSpareThreads"]));
        Assert.Equal("1000", c.Channel.Interceptors[1].Component.Attributes["connectTimeout"]);
    }

    [Fact]
    public void Bare_Cluster_on_tomcat_8_0_uses_MessageDispatch15Interceptor()
    {
        var c = TomcatTree.ReadCluster(Bare, out var d, new TomcatOptions { Version = "8.0" });
        Assert.Empty(d);
        Assert.Equal("org.apache.catalina.tribes.group.interceptors.MessageDispatch15Interceptor", c.Channel.Interceptors[0].Component.ClassName);
        Assert.Equal("MessageDispatchInterceptor", c.Channel.Interceptors[0].Component.Kind);
    }

    [Fact]
    public void One_Interceptor_drops_all_implicit_interceptors()
    {
        var c = TomcatTree.ReadCluster("""
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
              <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpPingInterceptor"/>
              </Channel>
            </Cluster>
            """, out _);
        Assert.Equal("TcpPingInterceptor", Assert.Single(c.Channel.Interceptors).Component.Kind);
        Assert.False(c.Channel.Channel.Implicit);
        Assert.True(c.Channel.Membership.Service.Implicit);
    }

    [Fact]
    public void One_ReplicationValve_drops_implicit_JvmRouteBinderValve()
    {
        var c = TomcatTree.ReadCluster("""
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
              <Valve className="org.apache.catalina.ha.tcp.ReplicationValve" filter=".*\.gif"/>
            </Cluster>
            """, out _);
        var v = Assert.Single(c.Valves);
        Assert.Equal(("ReplicationValve", @".*\.gif", false), (v.Kind, v.Attributes["filter"], v.Implicit));
    }

    [Fact]
    public void BackupManager_template_adds_no_ClusterSessionListener()
    {
        var c = TomcatTree.ReadCluster("""
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
              <Manager className="org.apache.catalina.ha.session.BackupManager"/>
            </Cluster>
            """, out var d);
        Assert.Empty(d);
        Assert.Empty(c.ClusterListeners);
        Assert.Equal(("6", "15000"), (c.Manager.Attributes["mapSendOptions"], c.Manager.Attributes["rpcTimeout"]));
    }
}
