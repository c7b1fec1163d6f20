using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using static TomcatCompat.Config.Tests.ModJk.JkTestTree;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class UriWorkerMapParserTests
{
    private const string Workers = "worker.list=lb,w2\nworker.lb.type=lb\nworker.lb.balance_workers=n1\nworker.n1.port=8009\nworker.w2.port=8010\n";

    private static (TomcatCompat.Config.Binding.ProxyTopology Topology, System.Collections.Immutable.ImmutableArray<TomcatCompat.Config.Diagnostics.Diagnostic> Diagnostics) Map(string uriworkermap) =>
        Bind(
            null,
            new InMemoryFileSystem().Add("/srv/workers.properties", Workers).Add("/srv/uriworkermap.properties", uriworkermap),
            ["/srv/workers.properties"],
            ["/srv/uriworkermap.properties"]);

    [Fact]
    public void Uriworkermap_bar_pattern_is_split_into_two_rules()
    {
        var (t, d) = Map("/app|/*=lb\n");
        Assert.Empty(d);
        Assert.Equal(["/app/*", "/app"], t.Mounts.Select(m => m.Path));
        Assert.All(t.Mounts, m => Assert.Equal((MountKind.UriWorkerMap, "lb", "uriworkermap"), (m.Kind, m.Balancer, m.Parameters["source"])));
    }

    [Fact]
    public void Uriworkermap_exclusion_and_disabled_prefixes()
    {
        var (t, d) = Map("!/app/*.gif=lb\n-/old/*=lb\n-!/x/*=lb\n");
        Assert.Empty(d);
        Assert.Equal(
            ["/app/*.gif excl=True flags=", "/old/* excl=False flags=disabled", "/x/* excl=True flags=disabled"],
            t.Mounts.Select(m => $"{m.Path} excl={m.Exclude} flags={string.Join(',', m.Flags)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Uriworkermap_extensions_are_parameters_with_TC4106_unknown_TC2221()
    {
        var (t, d) = Map("/app/*=lb;reply_timeout=5000;use_server_errors=500;frobnicate=1\n");
        var m = Assert.Single(t.Mounts);
        Assert.Equal(("5000", "500"), (m.Parameters["reply_timeout"], m.Parameters["use_server_errors"]));
        Assert.False(m.Parameters.ContainsKey("frobnicate"));
        Assert.Equal(["TC4106", "TC4106", "TC2221"], d.Codes());
        Assert.Equal("lb", m.Target);
    }

    [Fact]
    public void Uriworkermap_bad_pattern_is_TC1306_and_rule_dropped()
    {
        var (t, d) = Map("app/*=lb\n/ok=lb\n");
        Assert.Equal(["/ok"], t.Mounts.Select(m => m.Path));
        var diag = Assert.Single(d);
        Assert.Equal(("TC1306", new SourceSpan("uriworkermap.properties", 1)), (diag.Code, diag.Span));
    }

    [Fact]
    public void Mount_priority_more_slashes_then_longer_then_source()
    {
        var fs = new InMemoryFileSystem()
            .Add("/srv/workers.properties", Workers + "worker.w2.mount=/a/b\n")
            .Add("/srv/etc/apache2/uri.properties", "/a/*=lb\n/a/b=w2\n/zz*=lb\n");
        var httpd = Tree(
            D(1, "JkWorkersFile", "/workers.properties"),
            D(2, "JkMountFile", "uri.properties"),
            D(3, "JkMount", "/a/b", "lb"),
            D(4, "JkMount", "/a/bc/d", "lb"),
            D(5, "JkMount", "/*", "lb"));
        var (t, d) = Bind(httpd, fs);
        Assert.Empty(d);
        Assert.Equal(
            ["/a/bc/d JkMount", "/a/* uriworkermap", "/a/b uriworkermap", "/a/b JkMount", "/a/b mount", "/zz* uriworkermap", "/* JkMount"],
            t.Mounts.OrderBy(m => m.Order).Select(m => $"{m.Path} {m.Parameters["source"]}"));
    }
}
