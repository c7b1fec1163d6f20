using TomcatCompat.Config.Httpd.Preprocessing;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class FnMatchTests
{
    [Theory]
    [InlineData("*.conf", "a.conf", true)]
    [InlineData("*.conf", "A.CONF", false)]
    [InlineData("*.conf", ".hidden.conf", false)]
    [InlineData(".*.conf", ".hidden.conf", true)]
    [InlineData("?.load", "x.load", true)]
    [InlineData("[a-c]*", "b1", true)]
    [InlineData("[!a-c]*", "b1", false)]
    [InlineData("[^a-c]*", "d1", true)]
    [InlineData("a\\*", "a*", true)]
    [InlineData("*a*b*", "xxaxxbxx", true)]
    [InlineData("*a*b", "xxaxxbxxc", false)]
    public void IsMatch_Include_wildcards_follow_fnmatch_with_FNM_PERIOD(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, FnMatch.IsMatch(pattern, name));
    }
}
