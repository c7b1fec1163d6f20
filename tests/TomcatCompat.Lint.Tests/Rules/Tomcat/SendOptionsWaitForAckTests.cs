using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class SendOptionsWaitForAckTests
{
    private readonly SendOptionsWaitForAck _rule = new();

    [Fact]
    public void Cluster_channelSendOptions_6_is_advice_at_the_Cluster()
    {
        var d = Single(_rule, Server(Cluster(Receiver + "\n" + Dispatch, " channelSendOptions=\"6\"")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 6, 8), d.Span);
        Assert.Equal(
            "<Cluster> channelSendOptions=\"6\" (sync, use_ack) makes every request that changed a session wait until all members acknowledged the change; on a busy cluster prefer \"8\" (async) or \"10\" (async, use_ack) with a MessageDispatchInterceptor",
            d.Message);
    }

    [Fact]
    public void Cluster_channelSendOptions_named_use_ack_is_flagged() =>
        Assert.StartsWith("<Cluster> channelSendOptions=\"2\" (use_ack)", Single(_rule, Server(Cluster(Receiver, " channelSendOptions=\"use_ack\""))).Message);

    [Theory]
    [InlineData("8")]
    [InlineData("10")]
    [InlineData("async,use_ack")]
    public void Cluster_channelSendOptions_with_async_is_not_flagged(string options) =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver + "\n" + Dispatch, $" channelSendOptions=\"{options}\""))));

    [Fact]
    public void BackupManager_ignores_channelSendOptions_and_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver, " channelSendOptions=\"6\"", "<Manager className=\"org.apache.catalina.ha.session.BackupManager\"/>"))));
}
