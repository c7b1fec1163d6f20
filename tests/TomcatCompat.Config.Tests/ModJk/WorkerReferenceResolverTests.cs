namespace TomcatCompat.Config.Tests.ModJk;

public sealed class WorkerReferenceResolverTests
{
    [Fact]
    public void Reference_copies_template_attributes_not_set_on_the_worker()
    {
        var (t, d) = JkTestTree.Workers("""
            worker.template.host=tc.lan
            worker.template.port=8010
            worker.template.socket_keepalive=true
            worker.list=n1
            worker.n1.reference=worker.template
            worker.n1.port=8011
            """);
        var member = Assert.Single(Assert.Single(t.Balancers).Members);
        Assert.Equal(("tc.lan", 8011, true), (member.Host, member.Port, member.KeepAlive));
        Assert.Empty(d);
    }

    [Fact]
    public void Reference_chain_resolves_the_template_reference_first()
    {
        var (t, d) = JkTestTree.Workers("""
            worker.base.host=base.lan
            worker.mid.reference=worker.base
            worker.mid.port=9000
            worker.list=n1
            worker.n1.reference=worker.mid
            """);
        var member = Assert.Single(Assert.Single(t.Balancers).Members);
        Assert.Equal(("base.lan", 9000), (member.Host, member.Port));
        Assert.Empty(d);
    }

    [Fact]
    public void Reference_without_worker_prefix_is_TC1302_error()
    {
        var (_, d) = JkTestTree.Workers("worker.template.port=8010\nworker.list=n1\nworker.n1.reference=template\n");
        var diag = Assert.Single(d, x => x.Code == "TC1302");
        Assert.Equal(3, diag.Span.Line);
        Assert.Contains("Reference 'template.' not found", diag.Message);
    }

    [Fact]
    public void Reference_loop_is_TC1303_and_terminates()
    {
        var (_, d) = JkTestTree.Workers("worker.list=a\nworker.a.reference=worker.b\nworker.b.reference=worker.a\n");
        Assert.Contains("TC1303", d.Codes());
    }

    [Fact]
    public void Reference_chain_of_25_levels_passes_the_20_level_limit_TC1303()
    {
        var lines = Enumerable.Range(0, 25).Select(i => $"worker.w{i}.reference=worker.w{i + 1}").Append("worker.w25.port=1");
        var (_, d) = JkTestTree.Workers("worker.list=w0\n" + string.Join('\n', lines));
        Assert.Contains("TC1303", d.Codes());
    }
}
