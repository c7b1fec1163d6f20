using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class ReceiverAddressAutoTests
{
    private readonly ReceiverAddressAuto _rule = new();

    [Fact]
    public void Receiver_address_auto_is_advice_at_the_Receiver()
    {
        var d = Single(_rule, Server(Cluster("          <Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" address=\"auto\" port=\"4000\"/>")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 9, 12), d.Span);
        Assert.Equal(
            "<Receiver> address is \"auto\" (as written or by default), so Tomcat binds and advertises whatever this machine's host name resolves to (often 127.0.1.1, which other nodes cannot reach); set address to this node's real interface address",
            d.Message);
    }

    [Fact]
    public void Bare_Cluster_with_implicit_Receiver_is_reported_at_the_Cluster()
    {
        var d = Single(_rule, Server("      <Cluster className=\"org.apache.catalina.ha.tcp.SimpleTcpCluster\"/>"));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 6, 8), d.Span);
        Assert.StartsWith("<Receiver> address is \"auto\" (Tomcat's implicit Receiver, no <Receiver> is written)", d.Message);
    }

    [Fact]
    public void Receiver_with_a_real_address_like_the_seed_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster("          <Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" address=\"192.168.0.201\"/>"))));

    [Fact]
    public void Node_without_Cluster_is_not_flagged() => Assert.Empty(Run(_rule, Server()));
}
