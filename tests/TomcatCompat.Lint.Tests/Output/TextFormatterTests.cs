using Snapshooter.Xunit;
using TomcatCompat.Lint.Output;

namespace TomcatCompat.Lint.Tests.Output;

public sealed class TextFormatterTests
{
    [Fact]
    public void Text_output_matches_the_snapshot() => Snapshot.Match(FormatterFixture.Write(new TextFormatter(colour: false)));

    [Fact]
    public void Text_output_is_gcc_style_with_caret_docs_link_and_summary()
    {
        var lines = FormatterFixture.Write(new TextFormatter(colour: false)).Split('\n');
        Assert.Equal("httpd/httpd.conf:2:5: error TC3100: BalancerMember \"ajp://10.0.0.2:8009\" sends no secret= but <Connector port=\"8009\" protocol=\"AJP/1.3\"> of node \"node2\" requires a secret", lines[0]);
        Assert.Equal("      BalancerMember ajp://10.0.0.2:8009 route=node2", lines[1]);
        Assert.Equal("      ^", lines[2]);
        Assert.Equal("  see docs/rules/TC3100.md", lines[3]);
        Assert.Equal("2 errors, 1 warning, 1 info", lines[^2]);
    }

    [Fact]
    public void Colour_is_written_only_when_asked()
    {
        Assert.DoesNotContain('\u001b', FormatterFixture.Write(new TextFormatter(colour: false)));
        Assert.Contains("\u001b[31;1merror\u001b[0m", FormatterFixture.Write(new TextFormatter(colour: true)), StringComparison.Ordinal);
    }
}
