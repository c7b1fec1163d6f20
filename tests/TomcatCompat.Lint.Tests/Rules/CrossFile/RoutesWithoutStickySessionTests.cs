using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class RoutesWithoutStickySessionTests
{
    private readonly RoutesWithoutStickySession _rule = new();

    [Fact]
    public void Routes_and_jvmRoute_without_stickysession_is_info()
    {
        var d = Single(_rule, Healthy().WithBalancer(b => b with { StickySession = [] }), CrossFileFixture.Httpd, 10);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal(
            "balancer \"balancer://app\" has members with route= (\"node1\") and nodes with jvmRoute, but no stickysession, so routes are ignored; add stickysession=JSESSIONID|jsessionid if sessions should stick",
            d.Message);
    }

    [Fact]
    public void Sticky_balancer_or_nodes_without_jvmRoute_are_not_flagged()
    {
        Assert.Empty(Run(_rule, Healthy()));
        Assert.Empty(Run(_rule, Healthy().WithBalancer(b => b with { StickySession = [] })
            .WithNode(0, n => n with { JvmRoute = null }).WithNode(1, n => n with { JvmRoute = null })));
    }
}
