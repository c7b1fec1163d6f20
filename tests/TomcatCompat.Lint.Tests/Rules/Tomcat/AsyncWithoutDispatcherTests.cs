using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class AsyncWithoutDispatcherTests
{
    private readonly AsyncWithoutDispatcher _rule = new();

    [Fact]
    public void Cluster_channelSendOptions_8_with_only_TcpFailureDetector_is_flagged()
    {
        var d = Single(_rule, Server(Cluster(Receiver + "\n" + FailureDetector, " channelSendOptions=\"8\"")));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 6, 8), d.Span);
        Assert.Equal(
            "<Cluster> channelSendOptions=\"8\" asks for async sends, but the <Channel> has no MessageDispatchInterceptor, so Tomcat sends synchronously; add <Interceptor className=\"org.apache.catalina.tribes.group.interceptors.MessageDispatchInterceptor\"/>",
            d.Message);
    }

    [Fact]
    public void Channel_without_any_Interceptor_gets_Tomcats_implicit_dispatcher_and_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver))));

    [Fact]
    public void Legacy_MessageDispatch15Interceptor_counts_as_a_dispatcher() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver + "\n" + Interceptor("MessageDispatch15Interceptor")))));

    [Fact]
    public void Cluster_channelSendOptions_6_without_dispatcher_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(Cluster(Receiver + "\n" + FailureDetector, " channelSendOptions=\"6\""))));
}
