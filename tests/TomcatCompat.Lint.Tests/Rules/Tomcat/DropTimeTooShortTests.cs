using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class DropTimeTooShortTests
{
    private readonly DropTimeTooShort _rule = new();

    [Fact]
    public void McastService_dropTime_1000_frequency_500_is_only_2_heartbeats()
    {
        var d = Single(_rule, Server(Cluster(Mcast(" frequency=\"500\" dropTime=\"1000\"") + "\n" + Receiver)));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 9, 12), d.Span);
        Assert.Equal(
            "<Membership> dropTime=\"1000\" allows only 2 heartbeats of frequency=\"500\"; one or two lost multicast heartbeats then drop a live member, which rejoins and reloads sessions; set dropTime to at least 1500 (3 × frequency; the defaults are 3000 and 500)",
            d.Message);
    }

    [Fact]
    public void McastService_dropTime_below_frequency_allows_not_even_one_heartbeat() =>
        Assert.Contains("allows not even 1 heartbeat of frequency=\"2000\"", Single(_rule, Server(Cluster(Mcast(" frequency=\"2000\" dropTime=\"1500\"") + "\n" + Receiver))).Message);

    [Theory]
    [InlineData(" frequency=\"500\" dropTime=\"3000\"")]
    [InlineData(" frequency=\"1000\" dropTime=\"3000\"")]
    [InlineData("")]
    public void McastService_dropTime_of_three_or_more_heartbeats_is_not_flagged(string attributes) =>
        Assert.Empty(Run(_rule, Server(Cluster(Mcast(attributes) + "\n" + Receiver))));
}
