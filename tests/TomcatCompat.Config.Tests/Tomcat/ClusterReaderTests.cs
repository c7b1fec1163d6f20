using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class ClusterReaderTests
{
    private static string Cluster(string body, string attributes = "") =>
        $"<Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\" {attributes}>{body}</Cluster>";

    private static string Channel(string body) => $"<Channel className=\"org.apache.catalina.tribes.group.GroupChannel\">{body}</Channel>";

    [Fact]
    public void Cluster_without_className_is_TC2403_error()
    {
        var (_, d) = TomcatTree.ReadServer(TomcatTree.Server("<Cluster/>"));
        var diag = Assert.Single(d);
        Assert.Equal(("TC2403", DiagnosticSeverity.Error), (diag.Code, diag.Severity));
        Assert.Contains("[Server/Service/Engine/Cluster]", diag.Message);
    }

    [Fact]
    public void Manager_inside_Cluster_without_className_is_TC2403()
    {
        TomcatTree.ReadCluster(Cluster("<Manager expireSessionsOnShutdown=\"true\"/>"), out var d);
        Assert.Equal(["TC2403"], TomcatTree.Codes(d));
    }

    [Fact]
    public void StandardManager_as_cluster_Manager_is_wrong_slot_TC2407()
    {
        TomcatTree.ReadCluster(Cluster("<Manager className=\"org.apache.catalina.session.StandardManager\"/>"), out var d);
        Assert.Contains(d, x => x.Code == "TC2407" && x.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Unknown_tomcat_class_is_TC2404_and_third_party_class_is_TC4205()
    {
        TomcatTree.ReadCluster(Cluster(Channel("""
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.NoSuchInterceptor"/>
            <Interceptor className="com.example.MyInterceptor"/>
            """)), out var d);
        Assert.Equal(["TC2404", "TC4205"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Unknown_attribute_warns_like_tomcat_TC2400()
    {
        TomcatTree.ReadCluster(Cluster("", "frobnicate=\"1\""), out var d);
        var diag = Assert.Single(d);
        Assert.Equal(("TC2400", DiagnosticSeverity.Warning), (diag.Code, diag.Severity));
        Assert.Contains("\"frobnicate\"", diag.Message);
    }

    [Fact]
    public void Attribute_names_are_case_sensitive_except_first_letter()
    {
        var c = TomcatTree.ReadCluster(Cluster("", "ChannelSendOptions=\"6\" channelstartoptions=\"3\""), out var d);
        Assert.Equal(6, c.ChannelSendOptions);
        var diag = Assert.Single(d);
        Assert.Contains("did you mean \"channelStartOptions\"", diag.Message);
    }

    [Fact]
    public void Receiver_timeout_with_leading_space_is_TC2408_and_keeps_default()
    {
        var c = TomcatTree.ReadCluster(Cluster(Channel("<Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" timeout=\" 3000\" port=\"0x10\"/>")), out var d);
        Assert.Equal(["TC2408", "TC2408"], TomcatTree.Codes(d));
        Assert.Equal(("3000", "4000"), (c.Channel.Receiver.Attributes["timeout"], c.Channel.Receiver.Attributes["port"]));
    }

    [Fact]
    public void Boolean_yes_is_false_with_TC2409()
    {
        var c = TomcatTree.ReadCluster(Cluster("<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" expireSessionsOnShutdown=\"yes\" sendAllSessions=\"TRUE\"/>"), out var d);
        Assert.Equal(["TC2409"], TomcatTree.Codes(d));
        Assert.Equal(("false", "true"), (c.Manager.Attributes["expireSessionsOnShutdown"], c.Manager.Attributes["sendAllSessions"]));
    }

    [Fact]
    public void Manager_maxInactiveInterval_removed_in_8_5_warns_with_hint()
    {
        TomcatTree.ReadCluster(Cluster("<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" maxInactiveInterval=\"60\"/>"), out var d);
        var diag = Assert.Single(d);
        Assert.Equal("TC2400", diag.Code);
        Assert.Contains("session-timeout", diag.Message);
    }

    [Fact]
    public void BackupManager_expireSessionsOnShutdown_warns()
    {
        TomcatTree.ReadCluster(Cluster("<Manager className=\"org.apache.catalina.ha.session.BackupManager\" expireSessionsOnShutdown=\"false\"/>"), out var d);
        Assert.Contains("only DeltaManager has it", Assert.Single(d).Message);
    }

    [Fact]
    public void channelSendOptions_ASYNC_uppercase_is_TC2410_and_default_stays()
    {
        var c = TomcatTree.ReadCluster(Cluster("", "channelSendOptions=\"ASYNC\""), out var d);
        Assert.Equal(["TC2410"], TomcatTree.Codes(d));
        Assert.Equal((8, "async"), (c.ChannelSendOptions, c.ChannelSendOptionsName));
    }

    [Fact]
    public void channelSendOptions_names_use_ack_sync_give_6()
    {
        var c = TomcatTree.ReadCluster(Cluster("", "channelSendOptions=\"use_ack , sync\""), out var d);
        Assert.Empty(d);
        Assert.Equal((6, "sync, use_ack"), (c.ChannelSendOptions, c.ChannelSendOptionsName));
    }

    [Fact]
    public void channelSendOptions_zero_is_not_stored_TC2411()
    {
        var c = TomcatTree.ReadCluster(Cluster("", "channelSendOptions=\"0\""), out var d);
        Assert.Equal(["TC2411"], TomcatTree.Codes(d));
        Assert.Equal(8, c.ChannelSendOptions);
    }

    [Fact]
    public void channelSendOptions_names_on_8_5_are_TC2431()
    {
        TomcatTree.ReadCluster(Cluster("", "channelSendOptions=\"async\""), out var d, new TomcatOptions { Version = "8.5" });
        var diag = Assert.Single(d);
        Assert.Equal("TC2431", diag.Code);
        Assert.Contains("write the number 8", diag.Message);
    }

    [Fact]
    public void channelSendOptions_udp_is_unsupported_TC4201()
    {
        var c = TomcatTree.ReadCluster(Cluster("", "channelSendOptions=\"udp,use_ack\""), out var d);
        Assert.Equal(["TC4201"], TomcatTree.Codes(d));
        Assert.Equal(34, c.ChannelSendOptions);
    }

    [Fact]
    public void StaticMembershipService_with_channelStartOptions_3_is_TC2416()
    {
        var c = TomcatTree.ReadCluster(Cluster(Channel("""
            <Membership className="org.apache.catalina.tribes.membership.StaticMembershipService">
              <Member className="org.apache.catalina.tribes.membership.StaticMember" host="127.0.0.1" port="14000" uniqueId="{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1}"/>
              <Member className="org.apache.catalina.tribes.membership.StaticMember" host="127.0.0.1" port="14001" uniqueId="{0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,2}"/>
            </Membership>
            """), "channelStartOptions=\"3\""), out var d);
        Assert.Equal(["TC2430", "TC2416"], TomcatTree.Codes(d));
        Assert.Equal(("static", 2), (c.Channel.Membership.Mode, c.Channel.Membership.Members.Length));
        Assert.Equal("14001", c.Channel.Membership.Members[1].Attributes["port"]);
    }

    [Fact]
    public void Member_under_McastService_is_TC2421()
    {
        TomcatTree.ReadCluster(Cluster(Channel("""
            <Membership className="org.apache.catalina.tribes.membership.McastService">
              <Member className="org.apache.catalina.tribes.membership.StaticMember" host="h" port="1"/>
            </Membership>
            """)), out var d);
        Assert.Equal(["TC2421"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Receiver_maxThreads_below_minThreads_is_TC2417()
    {
        TomcatTree.ReadCluster(Cluster(Channel("<Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" maxThreads=\"4\"/>")), out var d);
        var diag = Assert.Single(d);
        Assert.Equal(("TC2417", DiagnosticSeverity.Error), (diag.Code, diag.Severity));
    }

    [Fact]
    public void EncryptInterceptor_after_TcpFailureDetector_is_TC2420_and_key_not_in_message()
    {
        TomcatTree.ReadCluster(Cluster(Channel("""
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.TcpFailureDetector"/>
            <Interceptor className="org.apache.catalina.tribes.group.interceptors.EncryptInterceptor" encryptionKey="cafebabecafebabecafebabecafebabe" bogus="cafebabe0"/>
            """)), out var d);
        Assert.Equal(["TC2400", "TC2420"], TomcatTree.Codes(d));
        Assert.DoesNotContain(d, x => x.Message.Contains("cafebabecafe", StringComparison.Ordinal));
    }

    [Fact]
    public void AccessLogValve_inside_Cluster_is_dropped_TC2422()
    {
        var c = TomcatTree.ReadCluster(Cluster("<Valve className=\"org.apache.catalina.valves.AccessLogValve\"/>"), out var d);
        Assert.Equal(["TC2422"], TomcatTree.Codes(d));
        Assert.Equal(2, c.Valves.Length);
        Assert.All(c.Valves, v => Assert.True(v.Implicit));
    }

    [Fact]
    public void Unknown_element_in_Cluster_is_TC2402_with_path()
    {
        TomcatTree.ReadCluster(Cluster("<Frobnicator/>"), out var d);
        Assert.Contains("[Server/Service/Engine/Cluster/Frobnicator]", Assert.Single(d).Message);
    }

    [Fact]
    public void Cluster_inside_Context_is_TC2414()
    {
        var (_, d) = TomcatTree.ReadServer("""
            <Server><Service name="Catalina"><Engine name="Catalina" defaultHost="localhost">
              <Host name="localhost"><Context path="/a" docBase="a"><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster"/></Context></Host>
            </Engine></Service></Server>
            """);
        Assert.Equal(["TC2414"], TomcatTree.Codes(d));
    }

    [Fact]
    public void Host_level_Cluster_is_on_the_HostSpec()
    {
        var (node, d) = TomcatTree.ReadServer("""
            <Server><Service name="Catalina"><Engine name="Catalina" defaultHost="localhost">
              <Host name="LocalHost"><Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
                <Deployer className="org.apache.catalina.ha.deploy.FarmWarDeployer" deployDir="webapps" tempDir="t"/></Cluster></Host>
            </Engine></Service></Server>
            """);
        Assert.Null(node.Cluster);
        var host = Assert.Single(node.Hosts);
        Assert.Equal(("localhost", "Host"), (host.Name, host.Cluster!.Container));
        Assert.Equal(["TC4202"], TomcatTree.Codes(d));
    }

    [Fact]
    public void CloudMembershipService_is_unsupported_TC4200()
    {
        var c = TomcatTree.ReadCluster(Cluster(Channel("<Membership className=\"org.apache.catalina.tribes.membership.cloud.CloudMembershipService\"/>")), out var d);
        Assert.Equal(["TC4200"], TomcatTree.Codes(d));
        Assert.Equal("cloud", c.Channel.Membership.Mode);
    }

    [Fact]
    public void DeltaManager_sendAllSessionsSize_0_is_rejected_and_default_kept()
    {
        var c = TomcatTree.ReadCluster(Cluster("<Manager className=\"org.apache.catalina.ha.session.DeltaManager\" sendAllSessionsSize=\"0\"/>"), out var d);
        Assert.Equal(["TC2423"], TomcatTree.Codes(d));
        Assert.Equal("1000", c.Manager.Attributes["sendAllSessionsSize"]);
    }

    [Fact]
    public void BioReceiver_on_10_1_is_read_as_NioReceiver_with_TC2406()
    {
        var c = TomcatTree.ReadCluster(Cluster(Channel("<Receiver className=\"org.apache.catalina.tribes.transport.bio.BioReceiver\"/>")), out var d);
        Assert.Equal(["TC2406"], TomcatTree.Codes(d));
        Assert.Equal("NioReceiver", c.Channel.Receiver.Kind);
    }
}
