using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class MembershipAddressNotMulticastTests
{
    private readonly MembershipAddressNotMulticast _rule = new();

    [Fact]
    public void McastService_address_unicast_is_an_error_at_the_Membership()
    {
        var d = Single(_rule, Server(Cluster(Mcast(" address=\"192.168.0.10\" port=\"45564\"") + "\n" + Receiver)));
        Assert.Equal(new Config.Text.SourceSpan(ServerXmlPath, 9, 12), d.Span);
        Assert.Equal(
            "<Membership> McastService address=\"192.168.0.10\" is not a multicast group address, so joining it fails and the cluster does not start; use an address in 224.0.0.0/4 such as the default 228.0.0.4 (every node the same), or StaticMembershipService for unicast",
            d.Message);
    }

    [Theory]
    [InlineData("228.0.0.4")]
    [InlineData("239.255.0.1")]
    [InlineData("ff02::1")]
    [InlineData("cluster-group.example")]
    public void McastService_address_multicast_or_host_name_is_not_flagged(string address) =>
        Assert.Empty(Run(_rule, Server(Cluster(Mcast($" address=\"{address}\"") + "\n" + Receiver))));

    [Fact]
    public void McastService_default_address_is_not_flagged() => Assert.Empty(Run(_rule, Server(Cluster(Receiver))));
}
