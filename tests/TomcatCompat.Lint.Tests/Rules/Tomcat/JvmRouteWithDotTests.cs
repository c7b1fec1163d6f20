using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class JvmRouteWithDotTests
{
    private readonly JvmRouteWithDot _rule = new();

    [Fact]
    public void Engine_jvmRoute_with_a_dot_is_flagged_with_a_suggestion()
    {
        var d = Single(_rule, Server(engine: "name=\"Catalina\" defaultHost=\"localhost\" jvmRoute=\"node1.dc1\""));
        Assert.Equal(ServerXmlPath, d.Span.File);
        Assert.Equal(
            "<Engine jvmRoute=\"node1.dc1\"> contains '.', but the route of a session id is read as the text after its first '.', and a mod_jk worker name cannot contain '.'; use letters, digits, '-' or '_' only (for example \"node1_dc1\")",
            d.Message);
    }

    [Fact]
    public void Engine_jvmRoute_without_a_dot_is_not_flagged() => Assert.Empty(Run(_rule, Server()));

    [Fact]
    public void Engine_without_jvmRoute_is_not_flagged() =>
        Assert.Empty(Run(_rule, Server(engine: "name=\"Catalina\" defaultHost=\"localhost\"")));
}
