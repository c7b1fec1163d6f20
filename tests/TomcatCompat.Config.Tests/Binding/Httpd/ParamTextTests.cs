using TomcatCompat.Config.Binding.Httpd;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

public sealed class ParamTextTests
{
    [Theory]
    [InlineData("5", 5, true)]
    [InlineData("5ms", 5, false)]
    [InlineData("abc", 0, false)]
    [InlineData("-3", -3, true)]
    [InlineData("", 0, false)]
    public void Atoi_takes_leading_digits_like_C(string text, int expected, bool clean)
    {
        Assert.Equal(expected, ParamText.Atoi(text, out var c));
        Assert.Equal(clean, c);
    }

    [Theory]
    [InlineData("5", true, 5000L)]
    [InlineData("5", false, 5L)]
    [InlineData("250ms", true, 250L)]
    [InlineData("3s", false, 3000L)]
    [InlineData("2min", true, 120_000L)]
    [InlineData("1h", true, 3_600_000L)]
    [InlineData("5sec", true, 5000L)]
    public void TryParseTime_accepts_httpd_units(string text, bool defaultSeconds, long ms)
    {
        Assert.True(ParamText.TryParseTime(text, defaultSeconds ? TimeUnit.Seconds : TimeUnit.Milliseconds, out var got));
        Assert.Equal(ms, got);
    }

    [Theory]
    [InlineData("5x")]
    [InlineData("-5")]
    [InlineData("5m")]
    [InlineData("abc")]
    public void TryParseTime_refuses_bad_units_and_negatives(string text) =>
        Assert.False(ParamText.TryParseTime(text, TimeUnit.Seconds, out _));
}
