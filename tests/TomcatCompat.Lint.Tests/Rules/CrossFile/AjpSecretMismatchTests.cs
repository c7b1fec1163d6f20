using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class AjpSecretMismatchTests
{
    private readonly AjpSecretMismatch _rule = new();

    [Fact]
    public void BalancerMember_secret_differing_from_Connector_secret_is_an_error()
    {
        var topology = Healthy().WithBalancer(b => b with { Members = b.Members.SetItem(1, b.Members[1] with { Secret = "other" }) });
        var d = Single(_rule, topology, CrossFileFixture.Httpd, 12);
        Assert.Equal(
            "BalancerMember \"ajp://10.0.0.2:8009\" sends a secret= that differs but <Connector port=\"8009\" protocol=\"AJP/1.3\"> of node \"node2\" (node2/conf/server.xml:6:5) requires a secret, so Tomcat answers every forwarded request with 403; set the same secret= on the member and secret on the Connector",
            d.Message);
        Assert.DoesNotContain("s3cret", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancerMember_without_secret_to_Connector_with_secret_is_an_error()
    {
        var topology = Healthy().WithBalancer(b => b with { Members = b.Members.SetItem(0, b.Members[0] with { Secret = null }) });
        Assert.Contains("sends no secret=", Single(_rule, topology, CrossFileFixture.Httpd, 11).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancerMember_secret_matching_Connector_secret_is_not_flagged() =>
        Assert.Empty(Run(_rule, Healthy()));

    [Fact]
    public void Http_member_and_Connector_without_secret_are_not_flagged()
    {
        var http = Healthy().WithBalancer(b => b with { Members = [Member("node1", 11, port: 8080, scheme: "http", secret: null)] });
        Assert.Empty(Run(_rule, http));
        var noSecret = Healthy()
            .WithNode(0, n => n with { Connectors = n.Connectors.SetItem(1, n.Connectors[1] with { Secret = null, SecretRequired = false }) })
            .WithBalancer(b => b with { Members = b.Members.SetItem(0, b.Members[0] with { Secret = "x" }) });
        Assert.Empty(Run(_rule, noSecret));
    }

    [Fact]
    public void Unbound_member_is_left_to_the_binder() =>
        Assert.Empty(Run(_rule, Healthy().WithBalancer(b => b with { Members = [b.Members[0] with { Node = null, Secret = null }] })));
}
