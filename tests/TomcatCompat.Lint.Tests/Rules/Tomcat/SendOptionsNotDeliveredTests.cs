using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class SendOptionsNotDeliveredTests
{
    private readonly SendOptionsNotDelivered _rule = new();

    [Fact]
    public void Cluster_channelSendOptions_multicast_is_not_delivered()
    {
        var d = Single(_rule, Server(Cluster(Receiver + "\n" + Dispatch, " channelSendOptions=\"multicast,async\"")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 6, 8), d.Span);
        Assert.Equal(
            "<Cluster> channelSendOptions=\"72\" includes multicast, which Tomcat does not implement (messages are not delivered); remove that flag (use \"8\", async, or \"6\", use_ack and sync)",
            d.Message);
    }

    [Fact]
    public void Cluster_channelSendOptions_udp_without_Receiver_udpPort_fails()
    {
        var d = Single(_rule, Server(Cluster(Receiver + "\n" + Dispatch, " channelSendOptions=\"40\"")));
        Assert.Contains("channelSendOptions=\"40\" includes udp, but the <Receiver> has no udpPort", d.Message);
    }

    [Fact]
    public void BackupManager_mapSendOptions_multicast_is_flagged_at_the_Manager()
    {
        var d = Single(_rule, Server(Cluster(Receiver, "", "<Manager className=\"org.apache.catalina.ha.session.BackupManager\" mapSendOptions=\"64\"/>")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 7, 10), d.Span);
        Assert.StartsWith("<Manager> mapSendOptions=\"64\" includes multicast", d.Message);
    }

    [Fact]
    public void Cluster_channelSendOptions_udp_with_Receiver_udpPort_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster("          <Receiver className=\"org.apache.catalina.tribes.transport.nio.NioReceiver\" address=\"10.0.0.1\" udpPort=\"4100\"/>", " channelSendOptions=\"udp\""))));

    [Fact]
    public void Cluster_default_channelSendOptions_is_not_flagged() => Assert.Empty(Run(_rule, Server(Cluster(Receiver))));
}
