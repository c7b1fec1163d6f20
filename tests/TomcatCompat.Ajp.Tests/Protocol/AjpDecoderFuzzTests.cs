using System.Buffers;
using CsCheck;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Tests.Protocol;

/// <summary>Every decoder of network bytes: random and mutated input gives a typed result, never an exception.</summary>
public sealed class AjpDecoderFuzzTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char[(char)0, (char)0xFF], 0, 40];

    private static readonly Gen<KeyValuePair<string, string?>> Header =
        Gen.Select(Gen.OneOf(Gen.OneOf("host", "cookie", "content-length", "user-agent"), Text), Text.Null())
            .Select((n, v) => KeyValuePair.Create(n, v));

    private static readonly Gen<AjpAttribute> Attribute = Gen.OneOf(
        Gen.Select(Gen.OneOf(AjpAttributeCode.QueryString, AjpAttributeCode.JvmRoute, AjpAttributeCode.Secret, AjpAttributeCode.RemoteUser, AjpAttributeCode.SslCipher), Text.Null())
            .Select((c, v) => new AjpAttribute(c, v)),
        Gen.Select(Text, Text).Select((n, v) => new AjpAttribute(AjpAttributeCode.ReqAttribute, v, n)),
        Gen.Int[0, 65535].Select(i => new AjpAttribute(AjpAttributeCode.SslKeySize, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<AjpForwardRequest> Request =
        Gen.Select(Gen.OneOf("GET", "POST", "PATCH", "MKCOL", "X"), Text, Text.Null(), Gen.Int[0, 65535], Gen.Bool, Header.Array[0, 8], Attribute.Array[0, 6])
            .Select((m, uri, addr, port, ssl, headers, attributes) => new AjpForwardRequest
            {
                Method = m,
                RequestUri = uri,
                RemoteAddr = addr,
                ServerPort = port,
                IsSsl = ssl,
                Headers = [.. headers],
                Attributes = [.. attributes],
            });

    [Fact]
    public void ForwardRequest_random_requests_round_trip()
    {
        Request.Sample(request =>
        {
            var buffer = new byte[AjpConstants.MaxPacketSize];
            Assert.True(request.TryEncode(buffer, out var written));
            Assert.Equal(AjpDecodeError.None, AjpForwardRequest.TryDecode(buffer.AsSpan(4, written - 4), out var decoded));
            Assert.Equal(request.Method, decoded!.Method);
            Assert.Equal(request.RequestUri, decoded.RequestUri);
            Assert.Equal(request.RemoteAddr, decoded.RemoteAddr);
            Assert.Equal(request.ServerPort, decoded.ServerPort);
            Assert.Equal(request.IsSsl, decoded.IsSsl);
            Assert.Equal(request.Headers.Select(h => (h.Key.ToLowerInvariant(), h.Value)), decoded.Headers.Select(h => (h.Key.ToLowerInvariant(), h.Value)));
            Assert.Equal(request.Attributes.ToArray(), decoded.Attributes.ToArray());
        }, iter: 300);
    }

    [Fact]
    public void ForwardRequest_mutated_valid_packets_never_throw()
    {
        Gen.Select(Request, Gen.Int.Array[1, 6], Gen.Byte.Array[1, 6]).Sample((request, positions, values) =>
        {
            var buffer = new byte[AjpConstants.MaxPacketSize];
            Assert.True(request.TryEncode(buffer, out var written));
            var payload = buffer.AsSpan(4, written - 4).ToArray();
            for (var i = 0; i < positions.Length && i < values.Length; i++)
                payload[(int)((uint)positions[i] % payload.Length)] = values[i];
            var error = AjpForwardRequest.TryDecode(payload, out var decoded);
            Assert.Equal(error == AjpDecodeError.None, decoded is not null);
        }, iter: 2000);
    }

    [Fact]
    public void Every_decoder_random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            _ = AjpForwardRequest.TryDecode(bytes, out _);
            _ = AjpSendHeaders.TryDecode(bytes, out _);
            _ = AjpBodyChunk.TryDecodeSendBodyChunk(bytes, out _);
            _ = AjpBodyChunk.TryDecodeRequestBody(bytes, out _);
            _ = AjpControlMessages.TryDecodeEndResponse(bytes, out _);
            _ = AjpControlMessages.TryDecodeGetBodyChunk(bytes, out _);
            var prefixed = new byte[bytes.Length + 1];
            bytes.CopyTo(prefixed, 1);
            foreach (var type in new byte[] { 2, 3, 4, 5, 6 })
            {
                prefixed[0] = type;
                _ = AjpForwardRequest.TryDecode(prefixed, out _);
                _ = AjpSendHeaders.TryDecode(prefixed, out _);
                _ = AjpBodyChunk.TryDecodeSendBodyChunk(prefixed, out _);
            }

            var sequence = new ReadOnlySequence<byte>(bytes);
            while (AjpFraming.TryReadPacket(ref sequence, AjpDirection.ToContainer, AjpConstants.DefaultPacketSize, out var payload, out _))
                Assert.True(payload.Length <= AjpConstants.DefaultPacketSize - 4);
        }, iter: 3000);
    }

    [Fact]
    public void SendHeaders_random_messages_round_trip()
    {
        Gen.Select(Gen.Int[0, 999], Text.Null(), Header.Array[0, 10]).Sample((status, reason, headers) =>
        {
            var message = new AjpSendHeaders { Status = status, Reason = reason, Headers = [.. headers] };
            var buffer = new byte[AjpConstants.MaxPacketSize];
            Assert.True(message.TryEncode(buffer, out var written));
            Assert.Equal(AjpDecodeError.None, AjpSendHeaders.TryDecode(buffer.AsSpan(4, written - 4), out var decoded));
            Assert.Equal(status, decoded!.Status);
            Assert.Equal(reason, decoded.Reason);
            Assert.Equal(headers.Select(h => h.Value), decoded.Headers.Select(h => h.Value));
            Assert.Equal(headers.Select(h => h.Key.ToLowerInvariant()), decoded.Headers.Select(h => h.Key.ToLowerInvariant()));
        }, iter: 300);
    }

    [Fact]
    public void ForwardRequest_lying_header_count_allocates_nothing_large()
    {
        // 0xFFFF headers announced in a 20-byte payload: rejected before any list is sized.
        var payload = Convert.FromHexString("0202" + "0000" + "00" + "0000" + "00" + "FFFF" + "FFFF" + "FFFF" + "0000" + "00" + "FFFF");
        Assert.Equal(AjpDecodeError.Truncated, AjpForwardRequest.TryDecode(payload, out _));
    }
}
