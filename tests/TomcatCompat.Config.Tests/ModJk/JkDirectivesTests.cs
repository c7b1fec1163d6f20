using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using static TomcatCompat.Config.Tests.ModJk.JkTestTree;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class JkDirectivesTests
{
    private const string Workers = "worker.list=lb,jkstatus\nworker.lb.type=lb\nworker.lb.balance_workers=n1\nworker.n1.port=8009\nworker.jkstatus.type=status\n";

    private static InMemoryFileSystem Fs() => new InMemoryFileSystem().Add("/srv/etc/jk/workers.properties", Workers);

    [Fact]
    public void JkWorkersFile_absolute_path_is_found_under_the_import_root()
    {
        var (t, d) = Bind(Tree(D(1, "JkWorkersFile", "/etc/jk/workers.properties"), D(2, "JkMount", "/app/*", "lb")), Fs());
        Assert.Empty(d);
        Assert.Equal("lb", Assert.Single(t.Balancers).Name);
        var m = Assert.Single(t.Mounts);
        Assert.Equal((MountKind.JkMount, "/app/*", "lb", "lb", "main", 0), (m.Kind, m.Path, m.Target, m.Balancer, m.Scope, m.Order));
        Assert.Equal(new SourceSpan(Conf, 2), m.Source);
        Assert.Equal("lb", m.Parameters["type"]);
    }

    [Fact]
    public void JkWorkersFile_relative_path_is_ServerRoot_relative()
    {
        var fs = new InMemoryFileSystem().Add("/etc/apache2/workers.properties", Workers);
        var bag = new DiagnosticBag();
        var t = TomcatCompat.Config.ModJk.ModJkBinder.Bind(Tree(D(1, "JkWorkersFile", "workers.properties")), [], [], new SourceReader(fs, "/"), bag);
        Assert.Equal(0, bag.Count);
        Assert.Equal("lb", Assert.Single(t.Balancers).Name);
    }

    [Fact]
    public void JkWorkersFile_missing_is_TC2210_and_twice_is_TC2211()
    {
        var (_, d) = Bind(Tree(D(1, "JkWorkersFile", "/nope"), D(2, "JkWorkersFile", "/etc/jk/workers.properties")), Fs());
        Assert.Equal(["TC2210", "TC2211", "TC2223"], d.Codes());
        Assert.Equal([1, 2, 1], d.Select(x => x.Span.Line));
    }

    [Fact]
    public void JkMount_inside_Location_maps_exactly_the_location_uri()
    {
        var (t, d) = Bind(Tree(D(1, "JkWorkersFile", "/etc/jk/workers.properties"), S(2, "Location", "/jk-status", D(3, "JkMount", "jkstatus"))), Fs());
        Assert.Empty(d);
        var m = Assert.Single(t.Mounts);
        Assert.Equal(("/jk-status", "jkstatus", null, true, "status"), (m.Path, m.Target, m.Balancer, m.InLocation, m.Parameters["type"]));
    }

    [Fact]
    public void JkMount_argument_errors_TC2213_and_path_without_slash_TC2212()
    {
        var (t, d) = Bind(
            Tree(
                D(1, "JkWorkersFile", "/etc/jk/workers.properties"),
                D(2, "JkMount", "lb"),
                S(3, "Location", "/x", D(4, "JkMount", "/y", "lb")),
                D(5, "JkMount", "app/*", "lb")),
            Fs());
        Assert.Empty(t.Mounts);
        Assert.Equal(["TC2213", "TC2213", "TC2212"], d.Codes());
        Assert.Equal("JkMount path \"app/*\" does not start with '/', so httpd refuses to start (\"JkMount context should start with /\"); write /app/*", d[2].Message);
    }

    [Fact]
    public void JkUnMount_is_an_exclusion_and_mount_to_unlisted_worker_is_TC2202()
    {
        var (t, d) = Bind(
            Tree(D(1, "JkWorkersFile", "/etc/jk/workers.properties"), D(2, "JkUnMount", "/app/static/*", "lb"), D(3, "JkMount", "/x", "n1")),
            Fs());
        Assert.Equal(["TC2202"], d.Codes());
        var un = Assert.Single(t.Mounts, m => m.Kind == MountKind.JkUnMount);
        Assert.True(un.Exclude);
        Assert.Null(un.Balancer);
    }

    [Fact]
    public void JkMountCopy_On_copies_main_mounts_into_the_vhost_scope_and_default_does_not()
    {
        var httpd = Tree(
            D(1, "JkWorkersFile", "/etc/jk/workers.properties"),
            D(2, "JkMount", "/app/*", "lb"),
            S(3, "VirtualHost", "*:80", D(4, "JkMount", "/other/deep/*", "lb")),
            S(6, "VirtualHost", "*:81", D(7, "JkMountCopy", "On"), D(8, "JkMount", "/b/*", "lb")));
        var (t, d) = Bind(httpd, Fs());
        Assert.Empty(d);
        Assert.Equal(
            ["main /app/* 0", "vhost:conf/httpd.conf:3 /other/deep/* 0", "vhost:conf/httpd.conf:6 /app/* 0", "vhost:conf/httpd.conf:6 /b/* 1"],
            t.Mounts.Select(m => $"{m.Scope} {m.Path} {m.Order}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JkMountCopy_All_in_main_copies_into_every_vhost_bad_value_TC2220()
    {
        var httpd = Tree(
            D(1, "JkWorkersFile", "/etc/jk/workers.properties"),
            D(2, "JkMountCopy", "All"),
            D(3, "JkMount", "/app/*", "lb"),
            S(4, "VirtualHost", "*:80", D(5, "JkMountCopy", "maybe")));
        var (t, d) = Bind(httpd, Fs());
        Assert.Equal(["TC2220"], d.Codes());
        Assert.Equal(["main", "vhost:conf/httpd.conf:4"], t.Mounts.Select(m => m.Scope));
    }

    [Fact]
    public void JkWorkerProperty_lines_merge_into_the_workers()
    {
        var (t, d) = Bind(
            Tree(D(1, "JkWorkerProperty", "worker.list=w"), D(2, "JkWorkerProperty", "worker.w.port=8100"), D(3, "JkWorkerProperty", "nonsense")),
            new InMemoryFileSystem());
        Assert.Equal(["TC1307"], d.Codes());
        Assert.Equal(8100, Assert.Single(t.Balancers).Members[0].Port);
    }

    [Fact]
    public void JkOptions_flags_are_TC4105_default_is_silent_unknown_is_TC2224()
    {
        var (_, d) = Bind(
            Tree(D(1, "JkWorkersFile", "/etc/jk/workers.properties"), D(2, "JkOptions", "+ForwardURIProxy", "+ForwardKeySize", "-Bogus")),
            Fs());
        Assert.Equal(["TC4105", "TC2224"], d.Codes());
    }

    [Fact]
    public void JkLogFile_and_friends_are_TC4107()
    {
        var (_, d) = Bind(Tree(D(1, "JkWorkersFile", "/etc/jk/workers.properties"), D(2, "JkLogFile", "/var/log/mod_jk.log")), Fs());
        var diag = Assert.Single(d);
        Assert.Equal(("TC4107", "unsupported: JkLogFile is parsed but not reproduced by the emulator"), (diag.Code, diag.Message));
    }

    [Fact]
    public void Jk_directives_without_any_workers_definition_is_TC2223()
    {
        var (t, d) = Bind(Tree(D(7, "JkMount", "/app/*", "ajp13")), new InMemoryFileSystem());
        Assert.Equal(["TC2223"], d.Codes());
        Assert.Equal(7, d[0].Span.Line);
        Assert.Equal("ajp13", Assert.Single(t.Mounts).Balancer);
    }
}
