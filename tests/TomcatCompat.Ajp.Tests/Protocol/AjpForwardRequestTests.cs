using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Tests.Protocol;

public sealed class AjpForwardRequestTests
{
    // Built by hand from the Tomcat "AJPv13" reference, "Request Packet Structure".
    private const string KnownPacketHex =
        "1234" + "005D" +                         // magic, payload length 93
        "02" + "02" +                             // FORWARD_REQUEST, GET
        "0008" + "485454502F312E31" + "00" +      // "HTTP/1.1"
        "0002" + "2F74" + "00" +                  // "/t"
        "0007" + "312E322E332E34" + "00" +        // remote_addr "1.2.3.4"
        "FFFF" +                                  // remote_host null
        "0001" + "68" + "00" +                    // server_name "h"
        "0050" + "00" +                           // port 80, not ssl
        "0002" +                                  // 2 headers
        "A00B" + "0001" + "68" + "00" +           // host: h (coded)
        "0003" + "582D41" + "00" + "0001" + "62" + "00" + // X-A: b
        "05" + "0003" + "613D31" + "00" +         // query_string "a=1"
        "0A" + "000F" + "414A505F52454D4F54455F504F5254" + "00" + "0005" + "3132333435" + "00" + // AJP_REMOTE_PORT=12345
        "0B" + "0100" +                           // ssl_key_size 256 (an integer)
        "FF";                                     // are_done

    private static readonly AjpForwardRequest Known = new()
    {
        Method = "GET",
        RequestUri = "/t",
        RemoteAddr = "1.2.3.4",
        RemoteHost = null,
        ServerName = "h",
        ServerPort = 80,
        Headers = [KeyValuePair.Create("host", (string?)"h"), KeyValuePair.Create("X-A", (string?)"b")],
        Attributes =
        [
            new AjpAttribute(AjpAttributeCode.QueryString, "a=1"),
            new AjpAttribute(AjpAttributeCode.ReqAttribute, "12345", "AJP_REMOTE_PORT"),
            new AjpAttribute(AjpAttributeCode.SslKeySize, "256"),
        ],
    };

    [Fact]
    public void TryEncode_known_request_writes_the_hand_built_bytes()
    {
        var buffer = new byte[AjpConstants.DefaultPacketSize];
        Assert.True(Known.TryEncode(buffer, out var written));
        Assert.Equal(KnownPacketHex, Convert.ToHexString(buffer, 0, written));
    }

    [Fact]
    public void TryDecode_hand_built_bytes_gives_the_known_request()
    {
        var bytes = Convert.FromHexString(KnownPacketHex);
        Assert.Equal(AjpDecodeError.None, AjpForwardRequest.TryDecode(bytes.AsSpan(4), out var decoded));
        Assert.Equal("GET", decoded!.Method);
        Assert.Equal("HTTP/1.1", decoded.Protocol);
        Assert.Null(decoded.RemoteHost);
        Assert.Equal(Known.Headers.ToArray(), decoded.Headers.ToArray());
        Assert.Equal(Known.Attributes.ToArray(), decoded.Attributes.ToArray());
        Assert.Equal("12345", decoded.RequestAttribute("AJP_REMOTE_PORT"));
        Assert.Equal("a=1", decoded.Attribute(AjpAttributeCode.QueryString));
        Assert.Equal("h", decoded.Header("Host"));
    }

    [Fact]
    public void TryEncode_method_without_code_travels_as_0xFF_plus_stored_method_and_decodes_back()
    {
        var request = Known with { Method = "PATCH", Attributes = [] };
        var buffer = new byte[AjpConstants.DefaultPacketSize];
        Assert.True(request.TryEncode(buffer, out var written));
        Assert.Equal(0xFF, buffer[5]);
        Assert.Equal("0D0005504154434800FF", Convert.ToHexString(buffer, written - 10, 10));
        Assert.Equal(AjpDecodeError.None, AjpForwardRequest.TryDecode(buffer.AsSpan(4, written - 4), out var decoded));
        Assert.Equal("PATCH", decoded!.Method);
        Assert.Empty(decoded.Attributes);
    }

    [Theory]
    [InlineData("OPTIONS", 1)]
    [InlineData("GET", 2)]
    [InlineData("POST", 4)]
    [InlineData("DELETE", 6)]
    [InlineData("MKACTIVITY", 27)]
    public void TryEncode_coded_method_writes_its_code(string method, int code)
    {
        var buffer = new byte[256];
        Assert.True((Known with { Method = method, Headers = [], Attributes = [] }).TryEncode(buffer, out _));
        Assert.Equal(code, buffer[5]);
    }

    [Fact]
    public void TryEncode_request_larger_than_packetSize_returns_false()
    {
        var request = Known with { Headers = [KeyValuePair.Create("cookie", (string?)new string('x', 9000))] };
        Assert.False(request.TryEncode(new byte[AjpConstants.DefaultPacketSize], out _));
    }

    [Fact]
    public void TryDecode_every_truncation_of_the_known_packet_is_an_error_not_an_exception()
    {
        var bytes = Convert.FromHexString(KnownPacketHex).AsSpan(4).ToArray();
        for (var length = 0; length < bytes.Length; length++)
            Assert.NotEqual(AjpDecodeError.None, AjpForwardRequest.TryDecode(bytes.AsSpan(0, length), out _));
    }

    [Fact]
    public void TryDecode_unknown_attribute_code_is_UnknownAttribute()
    {
        var bytes = Convert.FromHexString(KnownPacketHex).AsSpan(4).ToArray();
        bytes[^1] = 0x0E;
        Assert.Equal(AjpDecodeError.UnknownAttribute, AjpForwardRequest.TryDecode(bytes, out _));
    }

    [Fact]
    public void TryDecode_unknown_coded_header_is_UnknownHeaderCode()
    {
        var hex = KnownPacketHex.Replace("A00B", "A00F", StringComparison.Ordinal);
        Assert.Equal(AjpDecodeError.UnknownHeaderCode, AjpForwardRequest.TryDecode(Convert.FromHexString(hex).AsSpan(4), out _));
    }

    [Fact]
    public void TryDecode_string_without_NUL_is_StringNotTerminated()
    {
        var hex = KnownPacketHex.Replace("485454502F312E3100", "485454502F312E3101", StringComparison.Ordinal);
        Assert.Equal(AjpDecodeError.StringNotTerminated, AjpForwardRequest.TryDecode(Convert.FromHexString(hex).AsSpan(4), out _));
    }

    [Fact]
    public void TryDecode_other_prefix_is_UnexpectedMessageType()
    {
        Assert.Equal(AjpDecodeError.UnexpectedMessageType, AjpForwardRequest.TryDecode([0x0A], out _));
    }
}
