using System.Buffers;
using System.IO.Pipelines;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Tests.Protocol;

public sealed class AjpFramingTests
{
    [Fact]
    public void TryReadPacket_partial_header_and_partial_payload_wait_for_more()
    {
        var bytes = Convert.FromHexString("123400030A0B0C");
        for (var length = 0; length < bytes.Length; length++)
        {
            var buffer = new ReadOnlySequence<byte>(bytes, 0, length);
            Assert.False(AjpFraming.TryReadPacket(ref buffer, AjpDirection.ToContainer, 8192, out _, out var error));
            Assert.Equal(AjpDecodeError.None, error);
        }

        var whole = new ReadOnlySequence<byte>(bytes);
        Assert.True(AjpFraming.TryReadPacket(ref whole, AjpDirection.ToContainer, 8192, out var payload, out _));
        Assert.Equal("0A0B0C", Convert.ToHexString(payload.ToArray()));
        Assert.True(whole.IsEmpty);
    }

    [Theory]
    [InlineData("41420001", AjpDecodeError.BadMagic)]
    [InlineData("47455420", AjpDecodeError.BadMagic)] // "GET " – an HTTP client on the AJP port
    [InlineData("12341FFD", AjpDecodeError.Oversized)]
    public void TryReadPacket_bad_header_is_an_error(string hex, AjpDecodeError expected)
    {
        var buffer = new ReadOnlySequence<byte>(Convert.FromHexString(hex));
        Assert.False(AjpFraming.TryReadPacket(ref buffer, AjpDirection.ToContainer, 8192, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public async Task AjpPacketReader_reads_packets_then_end_of_stream()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Convert.FromHexString("123400010A" + "12340000" + "1234"));
        using var reader = new AjpPacketReader(pipe.Reader, AjpDirection.ToContainer, 8192);
        var first = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal("0A", Convert.ToHexString(first.Payload.Span));
        var second = await reader.ReadAsync(CancellationToken.None);
        Assert.True(second.IsPacket);
        Assert.Equal(0, second.Payload.Length);
        await pipe.Writer.CompleteAsync();
        var third = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(AjpDecodeError.Truncated, third.Error);
    }

    [Fact]
    public async Task AjpPacketReader_clean_close_is_EndOfStream()
    {
        var pipe = new Pipe();
        await pipe.Writer.CompleteAsync();
        using var reader = new AjpPacketReader(pipe.Reader, AjpDirection.ToContainer, 8192);
        var packet = await reader.ReadAsync(CancellationToken.None);
        Assert.True(packet.EndOfStream);
        Assert.Equal(AjpDecodeError.None, packet.Error);
    }
}
