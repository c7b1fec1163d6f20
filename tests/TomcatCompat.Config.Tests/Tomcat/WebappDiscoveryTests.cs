using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class WebappDiscoveryTests
{
    private const string Distributable = "<web-app xmlns=\"http://xmlns.jcp.org/xml/ns/javaee\"><distributable/></web-app>";

    [Theory]
    [InlineData("ROOT", "")]
    [InlineData("shop", "/shop")]
    [InlineData("shop#v2", "/shop/v2")]
    [InlineData("app##3", "/app")]
    public void ContextPath_from_directory_name(string name, string path) =>
        Assert.Equal(path, WebappDiscovery.ContextPath(name));

    [Fact]
    public void AppBase_directories_become_contexts_with_web_xml()
    {
        var (node, d) = new TomcatTree()
            .Add("conf/server.xml", TomcatTree.Server(""))
            .Add("webapps/ROOT/index.html", "x")
            .Add("webapps/test/WEB-INF/web.xml", Distributable)
            .Add("webapps/old.war", "PK")
            .Read();
        Assert.Equal(["TC4208"], TomcatTree.Codes(d));
        Assert.Equal(
            [("", false, "node1/webapps/ROOT"), ("/old", false, "node1/webapps/old.war"), ("/test", true, "node1/webapps/test")],
            node!.Webapps.Select(w => (w.ContextPath, w.Distributable, w.DocBase)));
        Assert.Equal(("node1/webapps/test/WEB-INF/web.xml", 1), (node.Webapps[2].Source.File, node.Webapps[2].Source.Line));
    }

    [Fact]
    public void Context_xml_layers_set_the_Manager_override()
    {
        var (node, d) = new TomcatTree()
            .Add("conf/server.xml", TomcatTree.Server(""))
            .Add("conf/context.xml", "<Context><WatchedResource>${catalina.base}/conf/web.xml</WatchedResource><Manager pathname=\"\"/></Context>")
            .Add("conf/web.xml", "<web-app><session-config><session-timeout>45</session-timeout></session-config></web-app>")
            .Add("webapps/a/WEB-INF/web.xml", Distributable)
            .Add("webapps/b/META-INF/context.xml", "<Context sessionCookieName=\"BSID\" useHttpOnly=\"false\"><Manager className=\"org.apache.catalina.ha.session.BackupManager\"/></Context>")
            .Read();
        Assert.Empty(d);
        var (a, b) = (node!.Webapps[0], node.Webapps[1]);
        Assert.Equal(("StandardManager", 45, "JSESSIONID", true), (a.Manager!.Kind, a.SessionTimeoutMinutes, a.CookieName, a.CookieHttpOnly));
        Assert.Equal(("BackupManager", "BSID", false), (b.Manager!.Kind, b.CookieName, b.CookieHttpOnly));
    }

    [Fact]
    public void Server_xml_Context_and_xmlBase_descriptor_are_contexts()
    {
        var (node, d) = new TomcatTree()
            .Add("conf/server.xml", TomcatTree.Server("").Replace("<Host name=\"localhost\" appBase=\"webapps\"/>",
                "<Host name=\"localhost\" appBase=\"webapps\"><Context path=\"/x\" docBase=\"/srv/x\"><Valve className=\"org.apache.catalina.valves.AccessLogValve\" pattern=\"common\"/></Context></Host>"))
            .Add("conf/Catalina/localhost/y.xml", "<Context docBase=\"/srv/y\"/>")
            .Read();
        Assert.Empty(d);
        Assert.Equal([("/x", "../srv/x"), ("/y", "../srv/y")], node!.Webapps.Select(w => (w.ContextPath, w.DocBase)));
        var valve = Assert.Single(node.Webapps[0].Valves);
        Assert.Equal(("AccessLogValve", "common", "logs", "access_log", ""), (valve.Kind, valve.Attributes["pattern"], valve.Attributes["directory"], valve.Attributes["prefix"], valve.Attributes["suffix"]));
    }

    [Fact]
    public void Absolute_appBase_is_looked_up_under_the_import_root_first()
    {
        var tree = new TomcatTree().Add("conf/server.xml", TomcatTree.Server("").Replace("appBase=\"webapps\"", "appBase=\"/var/lib/tomcat/webapps\""));
        tree.Files.Add("/root/var/lib/tomcat/webapps/app/WEB-INF/web.xml", Distributable);
        var (node, _) = tree.Read();
        var app = Assert.Single(node!.Webapps);
        Assert.Equal(("/app", "var/lib/tomcat/webapps/app", true), (app.ContextPath, app.DocBase, app.Distributable));
    }

    [Fact]
    public void Node_name_is_jvmRoute_else_folder()
    {
        var (node, _) = new TomcatTree().Add("conf/server.xml", TomcatTree.Server("")).Read();
        Assert.Equal(("node1", null), (node!.Name, node.JvmRoute));
    }
}
