using TomcatCompat.Config.Httpd;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdLexerTests
{
    private static string[] Texts(string text) => [.. HttpdLexer.Split(text).Select(l => l.Text)];

    [Fact]
    public void Continuation_backslash_joins_next_line_keeping_its_leading_blanks()
    {
        var lines = HttpdLexer.Split("one\\\n  two\nthree\n");
        Assert.Equal(["one  two", "three"], lines.Select(l => l.Text));
        Assert.Equal([2, 3], lines.Select(l => l.Line));
    }

    [Fact]
    public void Continuation_with_CRLF_line_ends_is_recognised()
    {
        Assert.Equal(["a b"], Texts("a \\\r\nb\r\n"));
    }

    [Fact]
    public void Continuation_double_backslash_still_continues_leaving_one()
    {
        Assert.Equal(["x\\y"], Texts("x\\\\\ny\n"));
    }

    [Fact]
    public void Continuation_backslash_then_space_is_literal()
    {
        Assert.Equal(["Define B x\\", "Next"], Texts("Define B x\\ \nNext\n"));
    }

    [Fact]
    public void Continuation_on_last_line_without_LF_does_not_continue()
    {
        Assert.Equal(["a", "b\\"], Texts("a\nb\\"));
    }

    [Fact]
    public void Comment_ending_in_backslash_swallows_next_line()
    {
        var lines = HttpdLexer.Split("# note \\\nProxyTimeout garbage\nKeepAlive On\n");
        Assert.Equal([true, false], lines.Select(l => l.IsComment));
        Assert.Equal("KeepAlive On", lines[1].Text);
    }

    [Fact]
    public void Comment_only_at_line_start_mid_line_hash_is_text()
    {
        var lines = HttpdLexer.Split("   # c\nProxyTimeout 30 # note\n");
        Assert.True(lines[0].IsComment);
        Assert.Equal(("ProxyTimeout 30 # note", false), (lines[1].Text, lines[1].IsComment));
    }

    [Fact]
    public void Trimming_removes_isspace_and_column_points_at_text()
    {
        var line = Assert.Single(HttpdLexer.Split("\t \vKeepAlive On \f\r\n"));
        Assert.Equal(("KeepAlive On", 1, 4), (line.Text, line.Line, line.Column));
    }

    [Fact]
    public void Empty_and_blank_lines_are_skipped_but_counted()
    {
        var line = Assert.Single(HttpdLexer.Split("\n   \n\nX\n"));
        Assert.Equal(4, line.Line);
    }
}
