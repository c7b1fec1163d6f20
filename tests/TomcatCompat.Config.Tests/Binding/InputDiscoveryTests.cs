using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding;

public class InputDiscoveryTests
{
    private const string ServerXml = "<?xml version=\"1.0\"?>\n<!-- licence -->\n<Server port=\"8005\"><Service/></Server>\n";

    private static (List<(string Path, InputKind Kind)> Inputs, List<Diagnostic> Diagnostics) Discover(InMemoryFileSystem fs, params string[] paths)
    {
        var bag = new DiagnosticBag();
        var reader = new SourceReader(fs, "/cfg");
        var found = InputDiscovery.Discover(reader, paths, bag);
        return (found.Select(f => (reader.DisplayPath(f.FullPath), f.Kind)).ToList(), bag.ToImmutable().ToList());
    }

    [Fact]
    public void Directory_with_debian_layout_finds_apache2_conf_envvars_and_nodes()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/etc/apache2/apache2.conf", "Include ports.conf\n")
            .Add("/cfg/etc/apache2/ports.conf", "Listen 80\n")
            .Add("/cfg/etc/apache2/envvars", "export APACHE_RUN_USER=www-data\n")
            .Add("/cfg/etc/apache2/magic", "0 string x\n")
            .Add("/cfg/etc/apache2/sites-enabled/000-default.conf", "<VirtualHost *:80>\n</VirtualHost>\n")
            .Add("/cfg/tomcat1/conf/server.xml", ServerXml)
            .Add("/cfg/tomcat1/conf/context.xml", "<Context/>")
            .Add("/cfg/tomcat1/conf/web.xml", "<web-app/>")
            .Add("/cfg/tomcat1/webapps/app/WEB-INF/web.xml", "<web-app><distributable/></web-app>")
            .Add("/cfg/.git/config", "[core]\n");
        var (inputs, diagnostics) = Discover(fs, "/cfg");
        Assert.Equal(
            [
                ("etc/apache2/apache2.conf", InputKind.HttpdMain),
                ("etc/apache2/envvars", InputKind.EnvVars),
                ("etc/apache2/magic", InputKind.HttpdInclude),
                ("etc/apache2/ports.conf", InputKind.HttpdInclude),
                ("etc/apache2/sites-enabled/000-default.conf", InputKind.HttpdInclude),
                ("tomcat1/conf/context.xml", InputKind.NodeOwned),
                ("tomcat1/conf/server.xml", InputKind.ServerXml),
                ("tomcat1/conf/web.xml", InputKind.NodeOwned),
                ("tomcat1/webapps/app/WEB-INF/web.xml", InputKind.NodeOwned),
            ],
            inputs);
        Assert.Empty(diagnostics);
    }

    // httpd writes under ServerRoot/logs, Tomcat under CATALINA_BASE/logs (and so does `run`): never configs.
    [Fact]
    public void Directory_walk_skips_logs_directories_of_httpd_ServerRoot_and_CATALINA_BASE()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/etc/httpd/conf/httpd.conf", "Listen 80\n")
            .Add("/cfg/etc/httpd/logs/access_log", "127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5\n")
            .Add("/cfg/tomcat1/conf/server.xml", ServerXml)
            .Add("/cfg/tomcat1/logs/localhost_access_log.2026-11-25.txt", "127.0.0.1 - - GET /\n");
        var (inputs, diagnostics) = Discover(fs, "/cfg");
        Assert.Equal([("etc/httpd/conf/httpd.conf", InputKind.HttpdMain), ("tomcat1/conf/server.xml", InputKind.ServerXml)], inputs);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Directory_without_main_file_reads_each_conf_as_main()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/a.conf", "Listen 80\n")
            .Add("/cfg/b/c.conf", "Listen 81\n");
        var (inputs, _) = Discover(fs, "/cfg");
        Assert.Equal([("a.conf", InputKind.HttpdMain), ("b/c.conf", InputKind.HttpdMain)], inputs);
    }

    [Fact]
    public void Conf_files_are_main_files_only_in_trees_without_a_main_file()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/a/httpd.conf", "Include other/*.conf\n")
            .Add("/cfg/a/conf.d/site.conf", "Listen 81\n")
            .Add("/cfg/b/loose.conf", "Listen 82\n");
        var (inputs, _) = Discover(fs, "/cfg/a", "/cfg/b");
        Assert.Equal(
            [("a/conf.d/site.conf", InputKind.HttpdInclude), ("a/httpd.conf", InputKind.HttpdMain), ("b/loose.conf", InputKind.HttpdMain)],
            inputs);
    }

    [Fact]
    public void Directory_files_are_sniffed_by_content()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/jk/my-workers.properties", "# mod_jk\nworker.list=lb\n")
            .Add("/cfg/jk/logging.properties", "handlers=x\n")
            .Add("/cfg/node-a.xml", "<?xml version='1.0'?><!DOCTYPE Server [ <!ENTITY x \"y\"> ]><Server port='8005'/>")
            .Add("/cfg/app-web.xml", "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"/>")
            .Add("/cfg/uriworkermap.properties", "/app/*=lb\n")
            .Add("/cfg/notes.txt", "hello\n");
        var (inputs, diagnostics) = Discover(fs, "/cfg");
        Assert.Equal(
            [
                ("app-web.xml", InputKind.WebXml),
                ("jk/logging.properties", InputKind.Unknown),
                ("jk/my-workers.properties", InputKind.WorkersProperties),
                ("node-a.xml", InputKind.ServerXml),
                ("notes.txt", InputKind.Unknown),
                ("uriworkermap.properties", InputKind.UriWorkerMap),
            ],
            inputs);
        Assert.All(diagnostics, d => Assert.Equal(("TC1006", DiagnosticSeverity.Info), (d.Code, d.Severity)));
        Assert.Equal(["jk/logging.properties", "notes.txt"], diagnostics.Select(d => d.Span.File));
    }

    [Fact]
    public void Explicit_file_of_unknown_name_is_sniffed_else_read_as_httpd()
    {
        var fs = new InMemoryFileSystem()
            .Add("/cfg/proxy.cfg", "ProxyPass /a http://b/\n")
            .Add("/cfg/jk.txt", "worker.list=a\n")
            .Add("/cfg/beans.xml", "<beans/>");
        var (inputs, diagnostics) = Discover(fs, "/cfg/proxy.cfg", "/cfg/jk.txt", "/cfg/beans.xml");
        Assert.Equal(
            [("proxy.cfg", InputKind.HttpdMain), ("jk.txt", InputKind.WorkersProperties), ("beans.xml", InputKind.Unknown)],
            inputs);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TC1006", DiagnosticSeverity.Warning, "beans.xml", 1), (d.Code, d.Severity, d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Explicit_context_xml_without_its_server_xml_is_TC3012()
    {
        var fs = new InMemoryFileSystem().Add("/cfg/conf/context.xml", "<Context/>");
        var (inputs, diagnostics) = Discover(fs, "/cfg/conf/context.xml");
        Assert.Equal([("conf/context.xml", InputKind.NodeOwned)], inputs);
        Assert.Equal("TC3012", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Explicit_context_xml_next_to_given_server_xml_is_node_owned_silently()
    {
        var fs = new InMemoryFileSystem().Add("/cfg/conf/context.xml", "<Context/>").Add("/cfg/conf/server.xml", ServerXml);
        var (inputs, diagnostics) = Discover(fs, "/cfg/conf/server.xml", "/cfg/conf/context.xml");
        Assert.Equal([("conf/server.xml", InputKind.ServerXml), ("conf/context.xml", InputKind.NodeOwned)], inputs);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Missing_path_is_TC1001_and_empty_tree_is_TC3010()
    {
        var fs = new InMemoryFileSystem().Add("/cfg/empty/README", "x");
        var (_, diagnostics) = Discover(fs, "/cfg/empty", "/cfg/nope.conf");
        Assert.Equal(["TC1001", "TC1006", "TC3010"], diagnostics.Select(d => d.Code));
        Assert.Equal("nope.conf", diagnostics[0].Span.File);
    }

    [Fact]
    public void Directory_nested_deeper_than_MaxDepth_is_TC3009_not_a_hang()
    {
        var deep = "/cfg" + string.Concat(Enumerable.Repeat("/d", InputDiscovery.MaxDepth + 5));
        var fs = new InMemoryFileSystem().Add(deep + "/httpd.conf", "Listen 80\n").Add("/cfg/httpd.conf", "Listen 80\n");
        var (inputs, diagnostics) = Discover(fs, "/cfg");
        Assert.Equal([("httpd.conf", InputKind.HttpdMain)], inputs);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TC3009", DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal(string.Join('/', Enumerable.Repeat("d", InputDiscovery.MaxDepth + 1)), d.Span.File);
    }

    [Fact]
    public void Same_file_given_twice_is_listed_once()
    {
        var fs = new InMemoryFileSystem().Add("/cfg/httpd.conf", "Listen 80\n");
        var (inputs, _) = Discover(fs, "/cfg/httpd.conf", "/cfg", "/cfg/./httpd.conf");
        Assert.Equal([("httpd.conf", InputKind.HttpdMain)], inputs);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Server/>", "Server")]
    [InlineData("\uFEFF<!-- a > b --><j:web-app/>", "web-app")]
    [InlineData("<!DOCTYPE x [<!ENTITY e '>'>]>\n<Context path=''>", "Context")]
    [InlineData("no xml here", null)]
    [InlineData("<?xml never closed", null)]
    public void XmlRootElement_skips_prolog_comments_and_doctype(string text, string? expected) =>
        Assert.Equal(expected, InputSniffer.XmlRootElement(text));
}
