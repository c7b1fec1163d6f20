using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;

namespace TomcatCompat.Ajp.Protocol;

/// <summary>
/// Writes one AJP packet into a span: <see cref="Begin"/> reserves the 4-byte header, the Write
/// methods append fields, <see cref="TryFinish"/> fills the header's length. A field that does not
/// fit sets <see cref="Overflow"/> (nothing is thrown), so callers check once at the end.
/// </summary>
public ref struct AjpSpanWriter
{
    private readonly Span<byte> _buffer;
    private int _position;

    public AjpSpanWriter(Span<byte> buffer, AjpDirection direction)
    {
        _buffer = buffer;
        if (buffer.Length < AjpConstants.HeaderLength)
        {
            Overflow = true;
            return;
        }

        BinaryPrimitives.WriteUInt16BigEndian(buffer, direction == AjpDirection.ToContainer ? AjpConstants.ToContainerMagic : AjpConstants.ToServerMagic);
        _position = AjpConstants.HeaderLength;
    }

    public bool Overflow { get; private set; }

    /// <summary>Bytes written so far, header included.</summary>
    public readonly int Position => _position;

    public void WriteByte(byte value)
    {
        if (Ensure(1))
            _buffer[_position++] = value;
    }

    public void WriteBool(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteInt(int value)
    {
        if (Ensure(2))
        {
            BinaryPrimitives.WriteUInt16BigEndian(_buffer[_position..], (ushort)value);
            _position += 2;
        }
    }

    /// <summary>Length, Latin-1 bytes, NUL; null as length 0xFFFF. Chars above U+00FF become '?'.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt(AjpConstants.NullStringLength);
            return;
        }

        if (value.Length >= AjpConstants.NullStringLength)
        {
            Overflow = true;
            return;
        }

        WriteInt(value.Length);
        if (!Ensure(value.Length + 1))
            return;
        _position += Encoding.Latin1.GetBytes(value, _buffer[_position..]);
        _buffer[_position++] = 0;
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (Ensure(value.Length))
        {
            value.CopyTo(_buffer[_position..]);
            _position += value.Length;
        }
    }

    /// <summary>A header name: the 0xA0nn code when <paramref name="table"/> has one, else the string.</summary>
    public void WriteHeaderName(AjpCodeTable table, string name)
    {
        var code = table.CodeOf(name);
        if (code != 0)
            WriteInt((AjpConstants.CodedHeaderMarker << 8) | code);
        else
            WriteString(name);
    }

    /// <summary>A header count, then each name (coded when <paramref name="table"/> has it) and value.</summary>
    public void WriteHeaders(AjpCodeTable table, ImmutableArray<KeyValuePair<string, string?>> headers)
    {
        WriteInt(headers.Length);
        foreach (var (name, value) in headers)
        {
            WriteHeaderName(table, name);
            WriteString(value);
        }
    }

    /// <summary>Writes the payload length into the header; false (and nothing usable) on overflow.</summary>
    public bool TryFinish(out int packetLength)
    {
        packetLength = _position;
        if (Overflow)
            return false;
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[2..], (ushort)(_position - AjpConstants.HeaderLength));
        return true;
    }

    private bool Ensure(int count)
    {
        if (!Overflow && count <= _buffer.Length - _position)
            return true;
        Overflow = true;
        return false;
    }
}
