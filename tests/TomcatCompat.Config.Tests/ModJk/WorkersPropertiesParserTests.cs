using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.ModJk;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class WorkersPropertiesParserTests
{
    private static (WorkersProperties Props, DiagnosticBag Bag) Parse(string text, InMemoryFileSystem? fs = null)
    {
        var bag = new DiagnosticBag();
        var parser = new WorkersPropertiesParser(fs ?? new InMemoryFileSystem(), bag);
        parser.AddFile(new SourceFile("/srv/w.properties", "w.properties", text));
        return (parser.Properties, bag);
    }

    [Fact]
    public void Unique_attribute_port_set_twice_is_overwritten_with_TC2203()
    {
        var (props, bag) = Parse("worker.lb1.port=1\nworker.lb1.port=2\n");
        Assert.Equal("2", props.Get("worker.lb1.port")!.Value);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("TC2203", 2), (d.Code, d.Span.Line));
        Assert.Equal("\"worker.lb1.port\" is set again: previous value \"1\" is overwritten with \"2\" (as mod_jk does); remove one of the lines", d.Message);
    }

    [Fact]
    public void List_attributes_worker_list_and_balance_workers_are_joined_with_commas()
    {
        var (props, bag) = Parse("worker.list=a\nworker.list=b\nworker.lb.balance_workers=n1\nworker.lb.balance_workers=n2\n");
        Assert.Equal("a,b", props.Get("worker.list")!.Value);
        Assert.Equal("n1,n2", props.Get("worker.lb.balance_workers")!.Value);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Free_variable_set_twice_is_joined_with_star()
    {
        var (props, _) = Parse("ps=/\nps=x\n");
        Assert.Equal("/*x", props.Get("ps")!.Value);
    }

    [Fact]
    public void Unknown_attribute_is_TC1301_error_naming_the_attribute_and_the_line_is_dropped()
    {
        var (props, bag) = Parse("worker.n1.prot=8009\nworker.n1.port=8010\n");
        Assert.Null(props.Get("worker.n1.prot"));
        Assert.Equal("8010", props.Get("worker.n1.port")!.Value);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("TC1301", DiagnosticSeverity.Error, 1), (d.Code, d.Severity, d.Span.Line));
        Assert.Contains("\"prot\"", d.Message);
    }

    [Fact]
    public void Deprecated_attribute_cachesize_is_TC2209_naming_the_replacement()
    {
        var (_, bag) = Parse("worker.n1.cachesize=10\n");
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("TC2209", d.Code);
        Assert.EndsWith("use connection_pool_size instead", d.Message);
    }

    [Fact]
    public void Variable_reference_uses_earlier_property_then_environment()
    {
        var fs = new InMemoryFileSystem().SetEnvironment("TC_HOST", "tc1");
        var (props, bag) = Parse("base=80\nworker.n1.port=$(base)09\nworker.n1.host=$(TC_HOST).lan\n", fs);
        Assert.Equal("8009", props.Get("worker.n1.port")!.Value);
        Assert.Equal("tc1.lan", props.Get("worker.n1.host")!.Value);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Unknown_variable_is_kept_literally_with_TC1304()
    {
        var (props, bag) = Parse("greeting=hello$(undefined)\n");
        Assert.Equal("hello$(undefined)", props.Get("greeting")!.Value);
        Assert.Equal(["TC1304"], bag.ToImmutable().Codes());
    }

    [Fact]
    public void Inserted_text_is_not_rescanned()
    {
        Assert.Equal("$(c)", Parse("b=(c)\nc=no\na=$$(b)\n").Props.Get("a")!.Value);
    }

    [Fact]
    public void More_than_20_substitutions_stop_with_TC1305()
    {
        var (props, bag) = Parse("v=x\nw=" + string.Concat(Enumerable.Repeat("$(v)", 21)) + "\n");
        Assert.Equal(new string('x', 20) + "$(v)", props.Get("w")!.Value);
        Assert.Equal(["TC1305"], bag.ToImmutable().Codes());
    }
}
