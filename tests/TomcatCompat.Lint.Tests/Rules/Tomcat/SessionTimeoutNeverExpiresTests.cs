using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class SessionTimeoutNeverExpiresTests
{
    private readonly SessionTimeoutNeverExpires _rule = new();

    [Theory]
    [InlineData("0")]
    [InlineData(" -1 ")]
    public void Session_timeout_0_or_negative_never_expires(string value)
    {
        var d = Single(_rule, Server(), WebXml($"<session-config>\n    <session-timeout>{value}</session-timeout>\n  </session-config>"));
        Assert.Equal(new Config.Text.SourceSpan(WebXmlPath, 4, 6), d.Span);
        Assert.Equal(
            $"<session-timeout> \"{value.Trim()}\" means sessions never expire, so every abandoned session stays in memory (on every node of a cluster) until restart; give a number of minutes such as 30 (Tomcat's default)",
            d.Message);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("abc")]
    public void Session_timeout_positive_or_unparsable_is_not_flagged_here(string value) =>
        Assert.Empty(Run(_rule, Server(), WebXml($"<session-config><session-timeout>{value}</session-timeout></session-config>")));
}
