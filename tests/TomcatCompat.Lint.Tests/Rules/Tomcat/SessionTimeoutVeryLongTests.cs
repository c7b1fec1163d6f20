using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class SessionTimeoutVeryLongTests
{
    private readonly SessionTimeoutVeryLong _rule = new();

    [Fact]
    public void Session_timeout_of_30_days_is_advice()
    {
        var d = Single(_rule, Server(), WebXml("<session-config><session-timeout>43200</session-timeout></session-config>"));
        Assert.Equal(WebXmlPath, d.Span.File);
        Assert.Equal(3, d.Span.Line);
        Assert.Equal(
            "<session-timeout> \"43200\" keeps idle sessions for 30 days, and a cluster holds and transfers all of them on every node; keep it at a few hours at most and use a persistent login cookie for long-lived logins",
            d.Message);
    }

    [Theory]
    [InlineData("1440")]
    [InlineData("30")]
    public void Session_timeout_of_a_day_or_less_is_not_flagged(string value) =>
        Assert.Empty(Run(_rule, Server(), WebXml($"<session-config><session-timeout>{value}</session-timeout></session-config>")));
}
