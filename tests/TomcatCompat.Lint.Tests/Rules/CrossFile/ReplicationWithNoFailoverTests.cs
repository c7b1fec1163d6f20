using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class ReplicationWithNoFailoverTests
{
    private readonly ReplicationWithNoFailover _rule = new();

    [Fact]
    public void Nofailover_On_with_replicating_nodes_is_flagged()
    {
        var d = Single(_rule, Healthy().WithBalancer(b => b with { NoFailover = true }), CrossFileFixture.Httpd, 10);
        Assert.Equal(
            "balancer \"balancer://app\" has nofailover=On, but node \"node1\" replicates the sessions of webapp \"/app\"; a request for a failed node gets 503 and the replica is never used, so set nofailover=Off or drop the replication",
            d.Message);
    }

    [Fact]
    public void Nofailover_Off_is_not_flagged() => Assert.Empty(Run(_rule, Healthy()));

    [Fact]
    public void Nofailover_On_without_replication_is_not_flagged() =>
        Assert.Empty(Run(_rule, Healthy().WithBalancer(b => b with { NoFailover = true })
            .WithNode(0, n => n with { Cluster = null }).WithNode(1, n => n with { Cluster = null })));
}
