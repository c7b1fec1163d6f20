using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class SendOptionsParserTests
{
    private static readonly TomcatVersion V101 = TomcatVersion.Default;

    [Theory]
    [InlineData("8", 8, true)]
    [InlineData("async", 8, true)]
    [InlineData("use_ack,sync", 6, true)]
    [InlineData("use_ack , sync", 6, true)]
    [InlineData("async,async,use_ack", 10, true)]
    [InlineData("byte_message", 1, true)]
    [InlineData("0", 0, false)]
    [InlineData("-1", -1, false)]
    [InlineData("", 0, false)]
    public void channelSendOptions_parses_like_tomcat_9_plus(string text, int value, bool stored)
    {
        var r = SendOptionsParser.Parse(text, V101);
        Assert.Equal((value, stored, (string?)null), (r.Value, r.Stored, r.InvalidToken));
    }

    [Theory]
    [InlineData("ASYNC", "ASYNC")]
    [InlineData(" async", " async")]
    [InlineData("async,fast", "fast")]
    public void channelSendOptions_invalid_tokens(string text, string token)
    {
        Assert.Equal(token, SendOptionsParser.Parse(text, V101).InvalidToken);
    }

    [Fact]
    public void channelSendOptions_on_8_5_numbers_only_and_0_stored()
    {
        var v85 = TomcatVersion.Parse("8.5")!.Value;
        Assert.True(SendOptionsParser.Parse("async", v85).NamesTooOld);
        Assert.Equal((0, true), (SendOptionsParser.Parse("0", v85).Value, SendOptionsParser.Parse("0", v85).Stored));
    }

    [Fact]
    public void channelSendOptions_names_start_at_9_0_0_M23()
    {
        Assert.True(SendOptionsParser.Parse("async", TomcatVersion.Parse("9.0.0-M22")!.Value).NamesTooOld);
        Assert.Equal(8, SendOptionsParser.Parse("async", TomcatVersion.Parse("9.0.0-M23")!.Value).Value);
    }

    [Theory]
    [InlineData(8, "async")]
    [InlineData(6, "sync, use_ack")]
    [InlineData(10, "async, use_ack")]
    [InlineData(127, "multicast, udp, secure, async, sync, use_ack, byte")]
    public void DisplayName_highest_bit_first(int options, string name) =>
        Assert.Equal(name, SendOptionsParser.DisplayName(options));
}
