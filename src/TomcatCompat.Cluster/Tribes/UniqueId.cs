using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TomcatCompat.Cluster.Tribes;

/// <summary>
/// A member's 16-byte identity (Tomcat: <c>StaticMember@uniqueId</c>, <c>{b,b,…}</c>, default 16 zero bytes).
/// Kept as two 64-bit halves so it is a cheap dictionary key.
/// </summary>
internal readonly record struct UniqueId(ulong High, ulong Low)
{
    public const int Size = 16;

    public static UniqueId Zero => default;

    public bool IsZero => High == 0 && Low == 0;

    public static UniqueId FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length < Size
            ? throw new ArgumentException("a unique id has 16 bytes", nameof(bytes))
            : new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }

    public static UniqueId NewRandom()
    {
        Span<byte> b = stackalloc byte[Size];
        RandomNumberGenerator.Fill(b);
        return FromBytes(b);
    }

    /// <summary>A stable id for members whose configured ids are missing or clash: every node derives the same one.</summary>
    public static UniqueId FromEndpoint(string host, int port)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(host.ToLowerInvariant() + ":" + port.ToString(CultureInfo.InvariantCulture)));
        return FromBytes(hash);
    }

    /// <summary>Parses Tomcat's <c>{b,b,…}</c> form: 16 Java bytes (−128…127), commas only, no spaces (§8.2).</summary>
    public static bool TryParseTomcat(string? text, out UniqueId id)
    {
        id = default;
        if (text is null || text.Length < 2 || text[0] != '{' || text[^1] != '}')
            return false;
        var parts = text[1..^1].Split(',');
        if (parts.Length != Size)
            return false;
        Span<byte> bytes = stackalloc byte[Size];
        for (var i = 0; i < Size; i++)
        {
            if (!sbyte.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
                return false;
            bytes[i] = unchecked((byte)b);
        }

        id = FromBytes(bytes);
        return true;
    }

    public override string ToString() => High.ToString("x16", CultureInfo.InvariantCulture) + Low.ToString("x16", CultureInfo.InvariantCulture);
}
