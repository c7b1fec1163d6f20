using CsCheck;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding;

public class TopologyBuilderTests
{
    private static Model.Topology Build(InMemoryFileSystem fs, params string[] paths) =>
        TopologyBuilder.Build(new ImportRequest { Paths = [.. paths] }, fs);

    [Fact]
    public void DisplayRoot_is_the_directory_given_or_common_parent()
    {
        var fs = new InMemoryFileSystem().Add("/srv/a/httpd.conf", "").Add("/srv/b/conf/server.xml", "<Server/>");
        Assert.Equal("/srv/a", TopologyBuilder.DisplayRoot(["/srv/a"], fs));
        Assert.Equal("/srv/a", TopologyBuilder.DisplayRoot(["/srv/a/httpd.conf"], fs));
        Assert.Equal("/srv", TopologyBuilder.DisplayRoot(["/srv/a/httpd.conf", "/srv/b/conf/server.xml"], fs));
        Assert.Equal("/", TopologyBuilder.DisplayRoot([], fs));
    }

    [Fact]
    public void Build_lists_files_relative_to_root_with_kinds()
    {
        var fs = new InMemoryFileSystem()
            .Add("/srv/etc/apache2/apache2.conf", "Listen 80\n")
            .Add("/srv/etc/apache2/envvars", "export A=1\n")
            .Add("/srv/jk/workers.properties", "worker.list=lb\n")
            .Add("/srv/tomcat1/conf/server.xml", "<Server port='8005'/>")
            .Add("/srv/tomcat1/conf/context.xml", "<Context/>")
            .Add("/srv/app/WEB-INF/web.xml", "<web-app/>");
        var topology = Build(fs, "/srv");
        Assert.Equal(
            [
                ("envvars", "etc/apache2/envvars"),
                ("httpd", "etc/apache2/apache2.conf"),
                ("workers.properties", "jk/workers.properties"),
                ("server.xml", "tomcat1/conf/server.xml"),
                ("context.xml", "tomcat1/conf/context.xml"),
                ("web.xml", "app/WEB-INF/web.xml"),
            ],
            topology.Files.Select(f => (f.Kind, f.Path)));
        Assert.All(topology.Files, f => Assert.False(f.Path.StartsWith('/')));
    }

    [Fact]
    public void Build_with_default_paths_array_does_not_throw()
    {
        var topology = TopologyBuilder.Build(new ImportRequest { Paths = default }, new InMemoryFileSystem());
        Assert.Empty(topology.Files);
        Assert.Empty(topology.Diagnostics);
    }

    [Fact]
    public void Build_on_random_trees_never_throws_and_every_diagnostic_has_a_place()
    {
        var names = Gen.OneOf<string>("httpd.conf", "apache2.conf", "a.conf", "envvars", "workers.properties", "uriworkermap.properties",
            "conf/server.xml", "conf/context.xml", "web.xml", "x.xml", "y.properties", "README", ".hidden/z.conf", "deep/er/k.xml");
        var content = Gen.OneOf<string>(
            Gen.String,
            Gen.Const("<?xml version='1.0'?><Server port='8005'/>"),
            Gen.Const("worker.list=lb\n"),
            Gen.Const("<web-app/>"),
            Gen.Const("<!DOCTYPE [ <Context"),
            Gen.Byte.Array[0, 64].Select(b => System.Text.Encoding.Latin1.GetString(b)));
        Gen.Select(names, content).Array[0, 8].Sample(files =>
        {
            var fs = new InMemoryFileSystem();
            foreach (var (name, text) in files)
                fs.Add("/t/" + name, text);
            var topology = Build(fs, "/t", "/t/httpd.conf", "/t/missing");
            Assert.All(topology.Diagnostics, d =>
            {
                Assert.True(d.Span.Line > 0, d.ToString());
                Assert.False(string.IsNullOrEmpty(d.Span.File), d.ToString());
                Assert.False(d.Span.File.StartsWith('/'), d.ToString());
            });
        }, iter: 300);
    }

    [Fact]
    public void Build_of_a_mutated_sample_tree_never_throws()
    {
        const string serverXml = "<?xml version='1.0'?>\n<Server port='8005'><Service name='Catalina'><Engine jvmRoute='node1'/></Service></Server>\n";
        var sample = System.Text.Encoding.UTF8.GetBytes(serverXml);
        Gen.Int[0, sample.Length - 1].Select(Gen.Byte).Array[1, 6].Sample(mutations =>
        {
            var bytes = (byte[])sample.Clone();
            foreach (var (at, value) in mutations)
                bytes[at] = value;
            var fs = new InMemoryFileSystem().Add("/t/n/conf/server.xml", bytes).Add("/t/x/data.xml", bytes);
            var topology = Build(fs, "/t");
            Assert.All(topology.Diagnostics, d => Assert.True(d.Span.Line > 0 && d.Span.File.Length > 0, d.ToString()));
        }, iter: 200);
    }

    [Fact]
    public void Build_of_a_10000_file_tree_is_linear_enough_to_finish()
    {
        var fs = new InMemoryFileSystem().Add("/big/httpd.conf", "Listen 80\n");
        for (var i = 0; i < 2000; i++)
            fs.Add($"/big/conf.d/site{i:D4}.conf", "ServerName x\n");
        var topology = Build(fs, "/big");
        Assert.Single(topology.Files);
        Assert.Empty(topology.Balancers);
    }
}
