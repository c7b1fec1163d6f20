using TomcatCompat.Config.Binding.Httpd;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

public sealed class MemberStatusParserTests
{
    [Theory]
    [InlineData("D", MemberStatus.None, MemberStatus.Disabled)]
    [InlineData("+h", MemberStatus.None, MemberStatus.HotStandby)]
    [InlineData("-DE", MemberStatus.Disabled | MemberStatus.InError | MemberStatus.Stopped, MemberStatus.Stopped)]
    [InlineData("S-E", MemberStatus.InError, MemberStatus.Stopped)]
    [InlineData("RN", MemberStatus.None, MemberStatus.HotSpare | MemberStatus.Draining)]
    public void Status_mode_persists_for_following_letters(string value, MemberStatus start, MemberStatus expected)
    {
        var status = start;
        Assert.Null(MemberStatusParser.Apply(value, ref status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("D+")]
    public void Status_unknown_letter_or_trailing_mode_is_an_error(string value)
    {
        var status = MemberStatus.None;
        Assert.Equal("Unknown status parameter option", MemberStatusParser.Apply(value, ref status));
    }
}
