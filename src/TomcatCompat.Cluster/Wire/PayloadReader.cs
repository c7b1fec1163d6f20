using System.Buffers.Binary;
using System.Text;

namespace TomcatCompat.Cluster.Wire;

/// <summary>
/// Reader matching <see cref="PayloadWriter"/>. Every length is checked against what is left, so a
/// hostile length can never allocate more than the message holds; a malformed body throws
/// <see cref="FormatException"/>, which decoders turn into a rejection.
/// </summary>
internal sealed class PayloadReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    public PayloadReader(ReadOnlyMemory<byte> data) => _data = data;

    public int Remaining => _data.Length - _position;

    public bool AtEnd => _position == _data.Length;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public bool ReadBool() => ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw new FormatException("a boolean must be 0 or 1"),
    };

    public byte[] ReadBytes() => Take(ReadLength()).ToArray();

    public ReadOnlySpan<byte> ReadRaw(int count) => Take(count);

    public string? ReadString()
    {
        var length = ReadInt32();
        if (length == -1)
            return null;
        if (length < 0 || length > Remaining)
            throw new FormatException("string length out of range");
        try
        {
            return StrictUtf8.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException("string is not UTF-8", e);
        }
    }

    public string ReadRequiredString() => ReadString() ?? throw new FormatException("a required string is null");

    /// <summary>A count of items that each take at least <paramref name="minItemSize"/> bytes.</summary>
    public int ReadCount(int minItemSize = 1)
    {
        var count = ReadInt32();
        if (count < 0 || (long)count * Math.Max(1, minItemSize) > Remaining)
            throw new FormatException("item count out of range");
        return count;
    }

    public void ExpectEnd()
    {
        if (!AtEnd)
            throw new FormatException("trailing bytes");
    }

    private int ReadLength()
    {
        var length = ReadInt32();
        if (length < 0 || length > Remaining)
            throw new FormatException("length out of range");
        return length;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
            throw new FormatException("truncated");
        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
