using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class TomcatVersionTests
{
    [Theory]
    [InlineData("9.0.0-M23", "9.0.0")]
    [InlineData("8.5.100", "9.0.0-M1")]
    [InlineData("10.0.0-M4", "10.0.0-M5")]
    [InlineData("10.1.60", "10.1")]
    [InlineData("9", "10.0.0-M1")]
    public void Versions_order(string lower, string higher) =>
        Assert.True(TomcatVersion.Parse(lower)!.Value < TomcatVersion.Parse(higher)!.Value);

    [Theory]
    [InlineData("ten")]
    [InlineData("10.x")]
    [InlineData("9.0.0-RC1")]
    [InlineData("")]
    public void Invalid_versions_are_null(string text) => Assert.Null(TomcatVersion.Parse(text));

    [Fact]
    public void Bad_tomcat_version_option_is_TC2429_and_10_1_assumed()
    {
        var (_, d) = TomcatTree.ReadServer(TomcatTree.Server(""), new TomcatOptions { Version = "ten" });
        Assert.Equal(["TC2429"], TomcatTree.Codes(d));
    }
}
