using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// Reads AJP fields from one packet's payload. Every read checks the bounds and returns false with
/// <see cref="Error"/> set instead of throwing; once an error is set, every later read fails too.
/// Strings are Latin-1 (one byte per char), as Tomcat reads them, so any byte sequence round-trips.
/// </summary>
public ref struct AjpSpanReader
{
    private readonly ReadOnlySpan<byte> _payload;
    private int _position;

    public AjpSpanReader(ReadOnlySpan<byte> payload) => _payload = payload;

    public readonly AjpDecodeError Error => _error;

    public readonly int Position => _position;

    public readonly int Remaining => _payload.Length - _position;

    private AjpDecodeError _error;

    public bool TryReadByte(out byte value)
    {
        if (!Ensure(1))
        {
            value = 0;
            return false;
        }

        value = _payload[_position++];
        return true;
    }

    public bool TryReadBool(out bool value)
    {
        var ok = TryReadByte(out var b);
        value = b != 0;
        return ok;
    }

    /// <summary>An AJP integer: two bytes, big-endian, unsigned.</summary>
    public bool TryReadInt(out int value)
    {
        if (!Ensure(2))
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt16BigEndian(_payload[_position..]);
        _position += 2;
        return true;
    }

    /// <summary>An AJP string: length (0xFFFF = null), the bytes, a NUL.</summary>
    public bool TryReadString(out string? value)
    {
        value = null;
        if (!TryReadInt(out var length))
            return false;
        return length == AjpConstants.NullStringLength || TryReadStringBody(length, out value);
    }

    /// <summary>Reads <paramref name="length"/> raw bytes (no terminator).</summary>
    public bool TryReadBytes(int length, out ReadOnlySpan<byte> value)
    {
        if (!Ensure(length))
        {
            value = default;
            return false;
        }

        value = _payload.Slice(_position, length);
        _position += length;
        return true;
    }

    /// <summary>
    /// A header name: 0xA0nn names entry nn of <paramref name="table"/>; anything else is the length of
    /// a string name.
    /// </summary>
    public bool TryReadHeaderName(AjpCodeTable table, out string? name)
    {
        name = null;
        if (!TryReadInt(out var word))
            return false;
        if (word >> 8 == AjpConstants.CodedHeaderMarker)
        {
            name = table.NameOf(word & 0xFF);
            return name is not null || Fail(AjpDecodeError.UnknownHeaderCode);
        }

        return word != AjpConstants.NullStringLength ? TryReadStringBody(word, out name) : Fail(AjpDecodeError.UnknownHeaderCode);
    }

    /// <summary>A header count and the headers (name per <paramref name="table"/>, value string). A count the payload cannot hold is <see cref="AjpDecodeError.Truncated"/> before any list is sized.</summary>
    public bool TryReadHeaders(AjpCodeTable table, out ImmutableArray<KeyValuePair<string, string?>> headers)
    {
        headers = [];
        if (!TryReadInt(out var count))
            return false;
        // Each header takes at least 4 bytes: a lying count must not size the list.
        if (count * 4 > Remaining)
            return Fail(AjpDecodeError.Truncated);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string?>>(count);
        for (var i = 0; i < count; i++)
        {
            if (!TryReadHeaderName(table, out var name) || !TryReadString(out var value))
                return false;
            builder.Add(KeyValuePair.Create(name!, value));
        }

        headers = builder.MoveToImmutable();
        return true;
    }

    /// <summary>Sets <paramref name="error"/> unless an earlier one is set; returns false.</summary>
    public bool Fail(AjpDecodeError error)
    {
        if (_error == AjpDecodeError.None)
            _error = error;
        return false;
    }

    private bool TryReadStringBody(int length, out string? value)
    {
        value = null;
        if (!Ensure(length + 1))
            return false;
        if (_payload[_position + length] != 0)
            return Fail(AjpDecodeError.StringNotTerminated);
        value = Encoding.Latin1.GetString(_payload.Slice(_position, length));
        _position += length + 1;
        return true;
    }

    private bool Ensure(int count) => _error == AjpDecodeError.None && (count <= _payload.Length - _position || Fail(AjpDecodeError.Truncated));
}
