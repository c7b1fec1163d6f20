using System.Buffers.Binary;
using System.Text;

namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>
/// One membership heartbeat on the multicast group (docs/tribes-wire.md, "Membership beacon"): who the
/// sender is and where its receiver listens. Not byte-compatible with Tomcat's TRIBES-B packets, so
/// TomcatCompat nodes and Tomcat nodes do not see each other over multicast.
/// </summary>
/// <param name="Kind">1 alive, 2 shutdown.</param>
internal sealed record McastBeacon(byte Kind, UniqueId Id, string Host, int Port, string Domain, long AliveMillis)
{
    public const byte Alive = 1;
    public const byte Shutdown = 2;

    /// <summary>Anything longer is not a beacon; it is dropped before decoding.</summary>
    public const int MaxSize = 1024;

    private static ReadOnlySpan<byte> Magic => "TCMB"u8;

    private const byte Version = 1;

    public Member ToMember() => new(Host, Port, Id, Domain);

    public byte[] Encode()
    {
        var host = Encoding.UTF8.GetBytes(Host);
        var domain = Encoding.Latin1.GetBytes(Domain);
        var bytes = new byte[4 + 1 + 1 + UniqueId.Size + 4 + 8 + 2 + host.Length + 2 + domain.Length];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        span[4] = Version;
        span[5] = Kind;
        Id.WriteTo(span[6..]);
        var at = 6 + UniqueId.Size;
        BinaryPrimitives.WriteInt32BigEndian(span[at..], Port);
        BinaryPrimitives.WriteInt64BigEndian(span[(at + 4)..], AliveMillis);
        at += 12;
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)host.Length);
        host.CopyTo(span[(at + 2)..]);
        at += 2 + host.Length;
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)domain.Length);
        domain.CopyTo(span[(at + 2)..]);
        return bytes;
    }

    /// <summary>Never throws: anything that is not a well-formed beacon of this version gives null.</summary>
    public static McastBeacon? TryDecode(ReadOnlySpan<byte> data)
    {
        const int fixedSize = 4 + 1 + 1 + UniqueId.Size + 4 + 8;
        if (data.Length < fixedSize + 4 || data.Length > MaxSize || !data[..4].SequenceEqual(Magic) || data[4] != Version)
            return null;
        var kind = data[5];
        if (kind is not (Alive or Shutdown))
            return null;
        var id = UniqueId.FromBytes(data[6..]);
        var port = BinaryPrimitives.ReadInt32BigEndian(data[(6 + UniqueId.Size)..]);
        var alive = BinaryPrimitives.ReadInt64BigEndian(data[(10 + UniqueId.Size)..]);
        var rest = data[fixedSize..];
        if (!TryString(ref rest, Encoding.UTF8, out var host) || !TryString(ref rest, Encoding.Latin1, out var domain) || !rest.IsEmpty)
            return null;
        if (port is <= 0 or > 65535 || host.Length == 0)
            return null;
        return new McastBeacon(kind, id, host, port, domain, alive);
    }

    private static bool TryString(ref ReadOnlySpan<byte> data, Encoding encoding, out string value)
    {
        value = "";
        if (data.Length < 2)
            return false;
        var length = BinaryPrimitives.ReadUInt16BigEndian(data);
        if (data.Length < 2 + length)
            return false;
        try
        {
            value = encoding.GetString(data.Slice(2, length));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        data = data[(2 + length)..];
        return true;
    }
}
