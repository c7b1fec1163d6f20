using System.Buffers.Binary;
using CsCheck;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tests.Tribes.Transport;

public sealed class FrameCodecTests
{
    private static readonly UniqueId Sender = new(0x0102030405060708, 0x090A0B0C0D0E0F10);

    [Fact]
    public void DataFrame_round_trip_keeps_every_field()
    {
        var frame = new DataFrame(Sender, 42, SendOptions.UseAck | SendOptions.SynchronizedAck, new byte[] { 1, 2, 3 });

        var decoded = FrameCodec.Decode(FrameCodec.Encode(frame));

        Assert.Equal(FrameError.None, decoded.Error);
        var data = Assert.IsType<DataFrame>(decoded.Frame);
        Assert.Equal(Sender, data.Sender);
        Assert.Equal(42, data.MessageId);
        Assert.Equal(SendOptions.UseAck | SendOptions.SynchronizedAck, data.Options);
        Assert.Equal(new byte[] { 1, 2, 3 }, data.Payload.ToArray());
    }

    [Fact]
    public void PingAckShutdown_round_trip()
    {
        Assert.Equal(new PingFrame(Sender, 7, SendOptions.UseAck, "127.0.0.1", 4000, "dom"),
            FrameCodec.Decode(FrameCodec.Encode(new PingFrame(Sender, 7, SendOptions.UseAck, "127.0.0.1", 4000, "dom"))).Frame);
        Assert.Equal(new AckFrame(Sender, 9, false), FrameCodec.Decode(FrameCodec.Encode(new AckFrame(Sender, 9, false))).Frame);
        Assert.Equal(new ShutdownFrame(Sender, 3), FrameCodec.Decode(FrameCodec.Encode(new ShutdownFrame(Sender, 3))).Frame);
    }

    [Fact]
    public void Header_layout_is_44_bytes_with_magic_TCTB_version_1()
    {
        var bytes = FrameCodec.Encode(new DataFrame(Sender, 1, SendOptions.Asynchronous, new byte[] { 0xAA }));

        Assert.Equal(45, bytes.Length);
        Assert.Equal("TCTB"u8.ToArray(), bytes[..4]);
        Assert.Equal(1, bytes[4]);
        Assert.Equal((byte)FrameType.Data, bytes[5]);
        Assert.Equal(8, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8)));
        Assert.Equal(1, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(36)));
    }

    [Theory]
    [InlineData(0, nameof(FrameError.BadMagic))]
    [InlineData(4, nameof(FrameError.UnsupportedVersion))]
    [InlineData(5, nameof(FrameError.UnknownType))]
    [InlineData(6, nameof(FrameError.ReservedBitsSet))]
    [InlineData(44, nameof(FrameError.ChecksumMismatch))]
    [InlineData(41, nameof(FrameError.ChecksumMismatch))]
    public void Decode_flipped_byte_is_rejected_with_reason(int index, string expected)
    {
        var bytes = FrameCodec.Encode(new DataFrame(Sender, 1, SendOptions.None, new byte[] { 1, 2, 3 }));
        bytes[index] ^= 0x5A;

        Assert.Equal(expected, FrameCodec.Decode(bytes).Error.ToString());
    }

    [Fact]
    public void Decode_length_above_maximum_is_oversized_before_reading_the_body()
    {
        var bytes = FrameCodec.Encode(new DataFrame(Sender, 1, SendOptions.None, new byte[100]));

        Assert.Equal(FrameError.Oversized, FrameCodec.Decode(bytes, maxBodySize: 99).Error);
    }

    [Fact]
    public void Decode_negative_length_and_truncation_are_rejected()
    {
        var bytes = FrameCodec.Encode(new DataFrame(Sender, 1, SendOptions.None, new byte[] { 1 }));
        var negative = (byte[])bytes.Clone();
        BinaryPrimitives.WriteInt32BigEndian(negative.AsSpan(36), -5);

        Assert.Equal(FrameError.NegativeLength, FrameCodec.Decode(negative).Error);
        Assert.Equal(FrameError.Truncated, FrameCodec.Decode(bytes[..^1]).Error);
        Assert.Equal(FrameError.Truncated, FrameCodec.Decode(bytes[..10]).Error);
    }

    [Fact]
    public void Decode_random_bytes_never_throws_and_is_never_accepted()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = FrameCodec.Decode(bytes);
            Assert.True(result.Frame is null == (result.Error != FrameError.None));
        }, iter: 400);
    }

    [Fact]
    public void Decode_mutated_valid_frames_never_throw_and_say_why()
    {
        var valid = FrameCodec.Encode(new PingFrame(Sender, 5, SendOptions.UseAck, "10.0.0.1", 4000, "domain"));
        Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 6], Gen.Byte.Array[1, 6]).Sample((positions, values) =>
        {
            var bytes = (byte[])valid.Clone();
            for (var i = 0; i < positions.Length; i++)
                bytes[positions[i]] = values[i % values.Length];
            var result = FrameCodec.Decode(bytes);
            if (result.Frame is null)
                Assert.NotEqual(FrameError.None, result.Error);
            else
                Assert.Equal(valid, FrameCodec.Encode(result.Frame));
        }, iter: 400);
    }
}
