using TomcatCompat.Config.Httpd;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class ArgumentSplitterTests
{
    [Theory]
    [InlineData("a b\tc", new[] { "a", "b", "c" })]
    [InlineData("\"x\\\"y\\\\z\\q\"", new[] { "x\"y\\z\\q" })]
    [InlineData("'p\\'q\"r'", new[] { "p'q\"r" })]
    [InlineData("\"a\"b", new[] { "a", "b" })]
    [InlineData("x\"y z\"", new[] { "x\"y", "z\"" })]
    [InlineData("a\\\\b c\\d", new[] { "a\\b", "c\\d" })]
    [InlineData("\"\" x", new[] { "", "x" })]
    [InlineData("\"a b", new[] { "a b" })]
    [InlineData("", new string[0])]
    public void Split_follows_ap_getword_conf(string text, string[] expected)
    {
        Assert.Equal(expected, ArgumentSplitter.Split(text));
    }

    [Fact]
    public void Split_unterminated_quote_is_reported_not_thrown()
    {
        var words = ArgumentSplitter.Split("'open ended", out var open);
        Assert.Equal(("open ended", '\''), (Assert.Single(words), open));
    }
}
