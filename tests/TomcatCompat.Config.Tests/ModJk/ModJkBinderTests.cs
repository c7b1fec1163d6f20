using CsCheck;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using static TomcatCompat.Config.Tests.ModJk.JkTestTree;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class ModJkBinderTests
{
    private const string Sample = """
        # sample
        base=tc
        worker.list=lb,jkstatus
        worker.tpl.socket_timeout=10
        worker.lb.type=lb
        worker.lb.balance_workers=n1,n2
        worker.lb.method=B
        worker.lb.sticky_session_force=1
        worker.n1.reference=worker.tpl
        worker.n1.host=$(base)1
        worker.n1.port=8k
        worker.n2.host=[::1]:8010
        worker.n2.activation=D
        worker.n2.ping_mode=CI
        worker.jkstatus.type=status
        worker.jkstatus.mount=/jk|/*
        """;

    private const string UriMap = "/app|/*=lb;reply_timeout=5\n!/app/*.png=lb\n-/old=lb\n";

    [SkippableFact]
    public void Debian_shipped_workers_properties_imports_as_mod_jk_does()
    {
        const string path = "/etc/libapache2-mod-jk/workers.properties";
        Skip.IfNot(File.Exists(path), "libapache2-mod-jk is not installed");
        var (t, d) = Workers(File.ReadAllText(path));
        var b = Assert.Single(t.Balancers);
        Assert.Equal(("ajp13_worker", "ajp13", "ajp://localhost", "ajp13_worker"), (b.Name, b.Parameters["type"], b.Members[0].Url, b.Members[0].Route));
        Assert.Equal(["TC2219"], d.Codes()); // the unused worker.loadbalancer
    }

    [Fact]
    public void Sample_with_every_feature_maps_without_surprises()
    {
        var (t, d) = Bind(null, new InMemoryFileSystem().Add("/srv/w", Sample).Add("/srv/u", UriMap), ["/srv/w"], ["/srv/u"]);
        var lb = Assert.Single(t.Balancers);
        Assert.Equal(("bybusyness", true), (lb.LbMethod, lb.NoFailover));
        Assert.Equal(["ajp://tc1:8192", "ajp://[::1]:8010"], lb.Members.Select(m => m.Url));
        Assert.Equal(10, lb.Members[0].Timeout);
        Assert.Equal(["TC4111", "TC4103", "TC2208", "TC4110", "TC4106"], d.Codes());
        Assert.Equal(["/app/*.png", "/app/*", "/jk/*", "/app", "/old", "/jk"], t.Mounts.OrderBy(m => m.Order).Select(m => m.Path));
    }

    [Fact]
    public void Bind_without_any_mod_jk_input_gives_nothing_not_the_default_ajp13_worker()
    {
        var (t, d) = Bind(null, new InMemoryFileSystem());
        Assert.Empty(d);
        Assert.Empty(t.Balancers);
        Assert.Empty(t.Mounts);
    }

    [Fact]
    public void Random_text_never_throws_and_every_diagnostic_has_a_place() =>
        Gen.String.Sample(text => CheckBinds(text, text), iter: 300);

    [Fact]
    public void Mutated_sample_bytes_never_throw_and_every_diagnostic_has_a_place()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Sample);
        var mutation = Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte).Array[1, 12];
        mutation.Sample(
            edits =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var (at, value) in edits)
                    copy[at] = value;
                CheckBinds(copy, UriMap);
            },
            iter: 300);
    }

    [Fact]
    public void Large_balancer_of_2000_members_binds_with_no_diagnostics()
    {
        var sb = new System.Text.StringBuilder("worker.list=lb\nworker.lb.type=lb\n");
        for (var i = 0; i < 2000; i++)
            sb.Append("worker.lb.balance_workers=n").Append(i).Append("\nworker.n").Append(i).Append(".port=").Append(9000 + i).Append('\n');
        var (t, d) = Workers(sb.ToString());
        Assert.Empty(d);
        Assert.Equal(2000, t.Balancers[0].Members.Length);
        Assert.Equal(10999, t.Balancers[0].Members[^1].Port);
    }

    private static void CheckBinds(string workers, string uriMap) =>
        CheckBinds(System.Text.Encoding.UTF8.GetBytes(workers), uriMap);

    private static void CheckBinds(byte[] workers, string uriMap)
    {
        var fs = new InMemoryFileSystem().Add("/srv/w", workers).Add("/srv/u", uriMap);
        var httpd = Tree(
            D(1, "JkWorkersFile", "/w"),
            D(2, "JkMountFile", "/u"),
            D(3, "JkMount", "/x/*", "lb"),
            S(4, "VirtualHost", "*:80", D(5, "JkMountCopy", "On"), D(6, "JkMount", "/y", "n1")));
        var (_, d) = Bind(httpd, fs);
        Assert.All(d, x => Assert.True(x.Span.Line > 0 && x.Span.File.Length > 0, x.ToString()));
    }
}
