using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class WebXmlReaderTests
{
    private static (WebApp? App, List<Diagnostic> D) Read(string xml, string path = "/root/webapps/shop/WEB-INF/web.xml")
    {
        var bag = new DiagnosticBag();
        var app = TomcatNodeReader.ReadWebXml(new SourceReader(new InMemoryFileSystem().Add(path, xml), "/root"), path, bag);
        return (app, bag.ToImmutable().ToList());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" xmlns=\"http://java.sun.com/xml/ns/j2ee\"")]
    [InlineData(" xmlns=\"http://java.sun.com/xml/ns/javaee\"")]
    [InlineData(" xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\"")]
    [InlineData(" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"")]
    public void Distributable_is_read_in_every_namespace(string ns)
    {
        var (app, d) = Read($"<web-app{ns}><display-name>x</display-name><distributable/></web-app>");
        Assert.Empty(d);
        Assert.Equal((true, "/shop", "localhost", "webapps/shop"), (app!.Distributable, app.ContextPath, app.Host, app.DocBase));
    }

    [Fact]
    public void Seed_web_xml_with_doctype_free_jcp_namespace()
    {
        var (app, d) = Read("""
            <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/javaee http://xmlns.jcp.org/xml/ns/javaee/web-app_3_1.xsd" version="3.1" metadata-complete="true"> <display-name>Welcome to Tomcat</display-name> <description> Welcome to Tomcat </description> <distributable/> </web-app>
            """, "/root/webapps/ROOT/WEB-INF/web.xml");
        Assert.Empty(d);
        Assert.Equal((true, "", 30), (app!.Distributable, app.ContextPath, app.SessionTimeoutMinutes));
    }

    [Fact]
    public void Servlet_2_3_DOCTYPE_is_ignored_without_fetching()
    {
        var (app, d) = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">
            <web-app><distributable/></web-app>
            """);
        Assert.Empty(d);
        Assert.True(app!.Distributable);
    }

    [Fact]
    public void External_entity_is_not_resolved()
    {
        var (app, d) = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE web-app [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <web-app><session-config><session-timeout>&xxe;</session-timeout></session-config></web-app>
            """);
        Assert.Equal("TC1400", Assert.Single(d).Code);
        Assert.Equal(30, app!.SessionTimeoutMinutes);
    }

    [Fact]
    public void Session_config_timeout_cookie_and_tracking_mode()
    {
        var (app, d) = Read("""
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee">
              <session-config>
                <session-timeout> 15 </session-timeout>
                <cookie-config><name>SID</name><path>/p</path><domain>ex.org</domain><http-only>true</http-only><secure>TRUE</secure><max-age>600</max-age></cookie-config>
                <tracking-mode>COOKIE</tracking-mode>
              </session-config>
            </web-app>
            """);
        Assert.Empty(d);
        Assert.Equal((15, "SID", "/p", "ex.org", true, true, 600), (app!.SessionTimeoutMinutes, app.CookieName, app.CookiePath, app.CookieDomain, app.CookieHttpOnly, app.CookieSecure, app.CookieMaxAge));
        Assert.Equal(["COOKIE"], app.TrackingModes.ToArray());
        Assert.False(app.Distributable);
    }

    [Fact]
    public void Bad_session_config_values_are_reported()
    {
        var (_, d) = Read("""
            <web-app>
              <session-config><session-timeout>ten</session-timeout><tracking-mode>cookie</tracking-mode><tracking-mode>SSL</tracking-mode><tracking-mode>URL</tracking-mode>
                <cookie-config><http-only>yes</http-only></cookie-config></session-config>
              <session-config/>
            </web-app>
            """);
        Assert.Equal(["TC2600", "TC2601", "TC2605", "TC2604", "TC2602"], TomcatTree.Codes(d));
        Assert.Equal((DiagnosticSeverity.Error, 2), (d[0].Severity, d[0].Span.Line));
    }

    [Fact]
    public void Wrong_root_is_TC1401_and_unknown_namespace_TC2603()
    {
        Assert.Equal(["TC1401"], TomcatTree.Codes(Read("<Server/>").D));
        Assert.Equal(["TC2603"], TomcatTree.Codes(Read("<web-app xmlns=\"urn:x\"/>").D));
    }

    [SkippableFact]
    public void Real_debian_conf_web_xml_reads_timeout_30()
    {
        TomcatCompat.Testing.RealPrograms.Require("tomcat10", "/usr/share/tomcat10/bin/catalina.sh");
        Skip.IfNot(File.Exists("/etc/tomcat10/web.xml"), "/etc/tomcat10/web.xml is absent");
        var bag = new DiagnosticBag();
        var app = TomcatNodeReader.ReadWebXml(new SourceReader(PhysicalFileSystem.Instance, "/etc"), "/etc/tomcat10/web.xml", bag);
        Assert.Equal(0, bag.Count);
        Assert.Equal((30, false), (app!.SessionTimeoutMinutes, app.Distributable));
    }
}
