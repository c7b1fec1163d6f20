using System.Buffers;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Tests.Protocol;

public sealed class AjpMessagesTests
{
    [Fact]
    public void SendHeaders_round_trip_codes_known_names_and_keeps_others()
    {
        var message = new AjpSendHeaders
        {
            Status = 404,
            Reason = "404",
            Headers = [KeyValuePair.Create("Content-Type", (string?)"text/html"), KeyValuePair.Create("X-Y", (string?)"z"), KeyValuePair.Create("set-cookie", (string?)"a=b")],
        };
        var writer = new ArrayBufferWriter<byte>();
        Assert.True(message.TryEncode(writer, AjpConstants.DefaultPacketSize));
        var bytes = writer.WrittenSpan;
        Assert.Equal("4142", Convert.ToHexString(bytes[..2]));
        Assert.Equal("04" + "0194" + "0003343034" + "00" + "0003" + "A001", Convert.ToHexString(bytes.Slice(4, 13)));
        Assert.Equal(AjpDecodeError.None, AjpSendHeaders.TryDecode(bytes[4..], out var decoded));
        Assert.Equal(404, decoded!.Status);
        Assert.Equal("404", decoded.Reason);
        Assert.Equal(["Content-Type", "X-Y", "Set-Cookie"], decoded.Headers.Select(h => h.Key));
        Assert.Equal(["text/html", "z", "a=b"], decoded.Headers.Select(h => h.Value));
    }

    [Fact]
    public void SendBodyChunk_round_trip_has_trailing_NUL_and_fits_packetSize_minus_8()
    {
        var data = new byte[AjpConstants.MaxSendBodyChunk(AjpConstants.DefaultPacketSize)];
        Random.Shared.NextBytes(data);
        var buffer = new byte[AjpConstants.DefaultPacketSize];
        Assert.True(AjpBodyChunk.TryEncodeSendBodyChunk(data, buffer, out var written));
        Assert.Equal(AjpConstants.DefaultPacketSize, written);
        Assert.Equal(0, buffer[written - 1]);
        Assert.Equal(AjpDecodeError.None, AjpBodyChunk.TryDecodeSendBodyChunk(buffer.AsSpan(4, written - 4), out var decoded));
        Assert.True(decoded.SequenceEqual(data));
        Assert.False(AjpBodyChunk.TryEncodeSendBodyChunk(new byte[data.Length + 1], buffer, out _));
    }

    [Fact]
    public void RequestBody_round_trip_and_empty_packet_ends_the_body()
    {
        var buffer = new byte[64];
        Assert.True(AjpBodyChunk.TryEncodeRequestBody("abc"u8, buffer, out var written));
        Assert.Equal("12340005" + "0003616263", Convert.ToHexString(buffer, 0, written));
        Assert.Equal(AjpDecodeError.None, AjpBodyChunk.TryDecodeRequestBody(buffer.AsSpan(4, written - 4), out var data));
        Assert.Equal("abc"u8.ToArray(), data.ToArray());

        Assert.True(AjpBodyChunk.TryEncodeRequestBody([], buffer, out written));
        Assert.Equal("12340000", Convert.ToHexString(buffer, 0, written));
        Assert.Equal(AjpDecodeError.None, AjpBodyChunk.TryDecodeRequestBody([], out data));
        Assert.True(data.IsEmpty);
        Assert.Equal(AjpDecodeError.BadChunkLength, AjpBodyChunk.TryDecodeRequestBody([0, 9, 1], out _));
    }

    [Theory]
    [InlineData(true, "414200020501")]
    [InlineData(false, "414200020500")]
    public void EndResponse_reuse_round_trip(bool reuse, string hex)
    {
        var buffer = new byte[AjpControlMessages.MaxLength];
        Assert.True(AjpControlMessages.TryEncodeEndResponse(reuse, buffer, out var written));
        Assert.Equal(hex, Convert.ToHexString(buffer, 0, written));
        Assert.Equal(AjpDecodeError.None, AjpControlMessages.TryDecodeEndResponse(buffer.AsSpan(4, written - 4), out var decoded));
        Assert.Equal(reuse, decoded);
    }

    [Fact]
    public void GetBodyChunk_round_trip()
    {
        var buffer = new byte[AjpControlMessages.MaxLength];
        Assert.True(AjpControlMessages.TryEncodeGetBodyChunk(8186, buffer, out var written));
        Assert.Equal("41420003061FFA", Convert.ToHexString(buffer, 0, written));
        Assert.Equal(AjpDecodeError.None, AjpControlMessages.TryDecodeGetBodyChunk(buffer.AsSpan(4, written - 4), out var length));
        Assert.Equal(8186, length);
    }

    [Theory]
    [InlineData(AjpMessageType.CPing, "123400010A")]
    [InlineData(AjpMessageType.CPong, "4142000109")]
    [InlineData(AjpMessageType.Shutdown, "1234000107")]
    [InlineData(AjpMessageType.Ping, "1234000108")]
    public void Single_byte_messages_round_trip(AjpMessageType type, string hex)
    {
        var buffer = new byte[AjpControlMessages.MaxLength];
        Assert.True(AjpControlMessages.TryEncodeSingle(type, buffer, out var written));
        Assert.Equal(hex, Convert.ToHexString(buffer, 0, written));
        Assert.True(AjpControlMessages.IsSingle(buffer.AsSpan(4, written - 4), type));
        Assert.Equal(type, AjpFraming.PeekType(buffer.AsSpan(4, written - 4)));
    }

    [Theory]
    [InlineData(100, 8192)]
    [InlineData(8192, 8192)]
    [InlineData(20000, 20000)]
    [InlineData(70000, 65536)]
    public void NormalizePacketSize_follows_Tomcat_packetSize_bounds(int configured, int used) =>
        Assert.Equal(used, AjpConstants.NormalizePacketSize(configured));
}
