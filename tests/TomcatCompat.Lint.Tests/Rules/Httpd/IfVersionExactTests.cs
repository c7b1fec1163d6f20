using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class IfVersionExactTests
{
    private readonly IfVersionExact _rule = new();

    [Fact]
    public void IfVersion_bare_2_4_means_exactly_2_4_0()
    {
        var d = Single(_rule, "ServerName x\n  <IfVersion 2.4>\nServerAdmin a@b\n</IfVersion>\n", 2);
        Assert.Equal(3, d.Span.Column);
        Assert.Equal("<IfVersion 2.4> means exactly version 2.4.0 (missing parts count as 0), so it is false on httpd 2.4.71 and its body is skipped; write <IfVersion >= 2.4> or give the full version", d.Message);
    }

    [Theory]
    [InlineData("<IfVersion = 2.4>")]
    [InlineData("<IfVersion == 2>")]
    [InlineData("<ifversion \"2.4\">")]
    public void IfVersion_equal_operator_with_short_version_is_flagged(string open) =>
        Single(_rule, open + "\nServerAdmin a@b\n</IfVersion>\n", 1);

    [Theory]
    [InlineData("<IfVersion >= 2.4>")]
    [InlineData("<IfVersion 2.4.71>")]
    [InlineData("<IfVersion !=  2.2>")]
    [InlineData("<IfVersion ~ ^2\\.4>")]
    [InlineData("<IfVersion /^2.4/>")]
    [InlineData("# <IfVersion 2.4>")]
    public void IfVersion_with_operator_or_full_version_or_in_comment_is_not_flagged(string open) =>
        None(_rule, open + "\nServerAdmin a@b\n</IfVersion>\n");
}
