using TomcatCompat.Lint.Rules.Tomcat;
using static TomcatCompat.Lint.Tests.Rules.Tomcat.TomcatLintFixture;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class WebXmlUnknownElementTests
{
    private readonly WebXmlUnknownElement _rule = new();

    [Fact]
    public void Misspelt_distributable_is_flagged_with_did_you_mean()
    {
        var d = Single(_rule, Server(), WebXml("<distributible/>"));
        Assert.Equal(new Config.Text.SourceSpan(WebXmlPath, 3, 4), d.Span);
        Assert.Equal("<distributible> is not a web.xml element inside <web-app>, and Tomcat ignores it without a word; did you mean <distributable>?", d.Message);
    }

    [Fact]
    public void Misspelt_session_timeout_inside_session_config_is_flagged() =>
        Assert.Equal(
            "<session-timout> is not a web.xml element inside <session-config>, and Tomcat ignores it without a word; did you mean <session-timeout>?",
            Single(_rule, Server(), WebXml("<session-config><session-timout>10</session-timout></session-config>")).Message);

    [Fact]
    public void Unknown_cookie_config_child_without_a_near_name_says_remove_it() =>
        Assert.EndsWith(
            "inside <cookie-config>, and Tomcat ignores it without a word; remove it or move it where it belongs",
            Single(_rule, Server(), WebXml("<session-config><cookie-config><samesite>Lax</samesite></cookie-config></session-config>")).Message);

    [Fact]
    public void Known_web_xml_elements_are_not_flagged() =>
        Assert.Empty(Run(_rule, Server(), WebXml(
            "<display-name>app</display-name><distributable/><servlet><servlet-name>x</servlet-name></servlet>"
            + "<session-config><session-timeout>30</session-timeout><cookie-config><name>SID</name><http-only>true</http-only></cookie-config><tracking-mode>COOKIE</tracking-mode></session-config>")));

    [Fact]
    public void Servlet_2_3_web_xml_with_a_DOCTYPE_is_read_without_fetching_the_DTD() =>
        Assert.Empty(Run(_rule, Server(),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\" \"http://java.sun.com/dtd/web-app_2_3.dtd\">\n<web-app><distributable/><taglib/></web-app>\n"));
}
