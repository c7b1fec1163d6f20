using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.ModJk;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class PropertiesLexerTests
{
    private static (List<PropertyLine> Lines, DiagnosticBag Bag) Lex(string text)
    {
        var bag = new DiagnosticBag();
        return (PropertiesLexer.Lex(new SourceFile("/srv/w.properties", "w.properties", text), bag), bag);
    }

    [Fact]
    public void Hash_anywhere_starts_a_comment_so_worker_list_value_stops_there()
    {
        var (lines, bag) = Lex("worker.list=lb1   # x\n");
        var line = Assert.Single(lines);
        Assert.Equal(("worker.list", "lb1"), (line.Key, line.Value));
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Key_value_split_at_first_equals_and_trimmed_with_column_of_key()
    {
        var (lines, _) = Lex("\r\n   worker.a.secret = x=y \r\n");
        var line = Assert.Single(lines);
        Assert.Equal(("worker.a.secret", "x=y", 2, 4), (line.Key, line.Value, line.Span.Line, line.Span.Column));
    }

    [Fact]
    public void Trailing_backslash_is_no_continuation()
    {
        var (lines, _) = Lex("a=1 \\\nb=2");
        Assert.Equal(["a", "b"], lines.Select(l => l.Key));
        Assert.Equal("1 \\", lines[0].Value);
    }

    [Theory]
    [InlineData("just words")]
    [InlineData("key=")]
    [InlineData("=value")]
    public void Line_without_key_or_value_is_TC2225_info_and_ignored(string text)
    {
        var (lines, bag) = Lex(text);
        Assert.Empty(lines);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("TC2225", DiagnosticSeverity.Info, 1), (d.Code, d.Severity, d.Span.Line));
    }

    [Fact]
    public void Line_over_8190_bytes_is_TC1300_and_the_entry_is_ignored()
    {
        var (lines, bag) = Lex("a=1\nworker.list=" + new string('x', 8200) + "\nb=2\n");
        Assert.Equal(["a", "b"], lines.Select(l => l.Key));
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("TC1300", 2), (d.Code, d.Span.Line));
    }
}
