using System.Buffers.Binary;
using System.IO.Hashing;
using TomcatCompat.Cluster.Tribes.Transport.Frames;
using TomcatCompat.Cluster.Wire;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>
/// Encodes and decodes frames (docs/tribes-wire.md): a 44-byte header (magic, version, type,
/// options, sender id, message id, body length, CRC-32) and a body. Decoding never throws: every
/// problem is a <see cref="FrameError"/>.
/// </summary>
internal static class FrameCodec
{
    /// <summary>Default <c>maxFrameSize</c>: bodies above it are refused before any allocation.</summary>
    public const int DefaultMaxBodySize = 64 * 1024 * 1024;

    public static byte[] Encode(TribesFrame frame)
    {
        var body = new PayloadWriter();
        frame.WriteBody(body);
        var bodySpan = body.WrittenSpan;
        var bytes = new byte[FrameHeader.Size + bodySpan.Length];
        var span = bytes.AsSpan();
        FrameHeader.Magic.CopyTo(span);
        span[4] = FrameHeader.CurrentVersion;
        span[5] = (byte)frame.Type;
        BinaryPrimitives.WriteInt32BigEndian(span[8..], (int)frame.Options);
        frame.Sender.WriteTo(span[12..]);
        BinaryPrimitives.WriteInt64BigEndian(span[28..], frame.MessageId);
        BinaryPrimitives.WriteInt32BigEndian(span[36..], bodySpan.Length);
        bodySpan.CopyTo(span[FrameHeader.Size..]);
        BinaryPrimitives.WriteUInt32BigEndian(span[40..], Checksum(span[..40], bodySpan));
        return bytes;
    }

    /// <summary>Validates the fixed header; on success the caller reads <see cref="FrameHeader.BodyLength"/> more bytes.</summary>
    public static FrameError TryReadHeader(ReadOnlySpan<byte> span, int maxBodySize, out FrameHeader header)
    {
        header = default;
        if (span.Length < FrameHeader.Size)
            return FrameError.Truncated;
        if (!span[..4].SequenceEqual(FrameHeader.Magic))
            return FrameError.BadMagic;
        if (span[4] != FrameHeader.CurrentVersion)
            return FrameError.UnsupportedVersion;
        if (span[6] != 0 || span[7] != 0)
            return FrameError.ReservedBitsSet;
        var type = (FrameType)span[5];
        if (type is < FrameType.Data or > FrameType.Shutdown)
            return FrameError.UnknownType;
        var length = BinaryPrimitives.ReadInt32BigEndian(span[36..]);
        if (length < 0)
            return FrameError.NegativeLength;
        if (length > maxBodySize)
            return FrameError.Oversized;
        header = new FrameHeader(
            span[4], type, (SendOptions)BinaryPrimitives.ReadInt32BigEndian(span[8..]), UniqueId.FromBytes(span[12..28]),
            BinaryPrimitives.ReadInt64BigEndian(span[28..]), length, BinaryPrimitives.ReadUInt32BigEndian(span[40..]));
        return FrameError.None;
    }

    /// <summary>Checks the CRC over header and body, then decodes the body for the header's type.</summary>
    public static FrameReadResult DecodeBody(FrameHeader header, ReadOnlySpan<byte> rawHeader, ReadOnlySpan<byte> body)
    {
        if (body.Length != header.BodyLength)
            return FrameReadResult.Fail(FrameError.Truncated);
        if (Checksum(rawHeader[..40], body) != header.Checksum)
            return FrameReadResult.Fail(FrameError.ChecksumMismatch);
        try
        {
            TribesFrame frame = header.Type switch
            {
                FrameType.Data => DataFrame.Read(header, body),
                FrameType.Ack => AckFrame.Read(header, new PayloadReader(body.ToArray())),
                FrameType.Ping => PingFrame.Read(header, new PayloadReader(body.ToArray())),
                _ => ShutdownFrame.Read(header, new PayloadReader(body.ToArray())),
            };
            return new FrameReadResult(frame, FrameError.None);
        }
        catch (FormatException)
        {
            return FrameReadResult.Fail(FrameError.MalformedBody);
        }
    }

    /// <summary>Decodes one complete frame held in memory (tests, fuzzing); trailing bytes are an error.</summary>
    public static FrameReadResult Decode(ReadOnlySpan<byte> bytes, int maxBodySize = DefaultMaxBodySize)
    {
        var error = TryReadHeader(bytes, maxBodySize, out var header);
        if (error != FrameError.None)
            return FrameReadResult.Fail(error);
        var rest = bytes[FrameHeader.Size..];
        return rest.Length < header.BodyLength
            ? FrameReadResult.Fail(FrameError.Truncated)
            : rest.Length > header.BodyLength
                ? FrameReadResult.Fail(FrameError.MalformedBody)
                : DecodeBody(header, bytes[..FrameHeader.Size], rest);
    }

    private static uint Checksum(ReadOnlySpan<byte> headerWithoutCrc, ReadOnlySpan<byte> body)
    {
        var crc = new Crc32();
        crc.Append(headerWithoutCrc);
        crc.Append(body);
        return crc.GetCurrentHashAsUInt32();
    }
}
