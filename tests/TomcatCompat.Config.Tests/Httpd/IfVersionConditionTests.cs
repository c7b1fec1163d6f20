using TomcatCompat.Config.Httpd.Preprocessing;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class IfVersionConditionTests
{
    [Theory]
    [InlineData(new[] { "2.4" }, false)]
    [InlineData(new[] { "2.4.71" }, true)]
    [InlineData(new[] { ">=", "2.4" }, true)]
    [InlineData(new[] { ">", "2.4.71" }, false)]
    [InlineData(new[] { "<", "2.5" }, true)]
    [InlineData(new[] { "<=", "2.4.70" }, false)]
    [InlineData(new[] { "==", "2.4.71" }, true)]
    [InlineData(new[] { "!=", "2.4.71" }, false)]
    [InlineData(new[] { "!>=", "2.6" }, true)]
    [InlineData(new[] { "~", "^2\\.4\\." }, true)]
    [InlineData(new[] { "/^2\\.2/" }, false)]
    [InlineData(new[] { "=", "/^2\\.4/" }, true)]
    public void IfVersion_operators_against_2_4_71(string[] args, bool expected)
    {
        Assert.Equal(expected, IfVersionCondition.Evaluate(args, "2.4.71", out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("2.x")]
    [InlineData("2.4.71.1")]
    [InlineData("")]
    public void IfVersion_bad_version_is_an_error_with_httpds_wording(string version)
    {
        Assert.Null(IfVersionCondition.Evaluate([">=", version], "2.4.71", out var error));
        Assert.StartsWith("Version appears to be invalid.", error);
    }
}
