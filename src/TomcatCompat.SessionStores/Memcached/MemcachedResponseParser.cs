using System.Globalization;
using System.Text;

namespace TomcatCompat.SessionStores.Memcached;

/// <summary>
/// Parses answers of memcached's text protocol (protocol.txt) from the bytes read so far. Pure and
/// total: any input gives Complete, NeedMore or Invalid, never an exception, so a broken or hostile
/// server cannot crash the node (fuzzed in MemcachedResponseParserTests).
/// </summary>
internal static class MemcachedResponseParser
{
    /// <summary>Largest item accepted (memcached's default item size limit is 1 MiB; allow up to 64 MiB for -I).</summary>
    public const int MaxValueBytes = 64 * 1024 * 1024;

    /// <summary>A one-line answer (STORED, NOT_STORED, EXISTS, NOT_FOUND, DELETED, TOUCHED, ...).</summary>
    public static MemcachedParseStatus TryParseLine(ReadOnlySpan<byte> buffer, out string line, out int consumed)
    {
        line = "";
        consumed = 0;
        var end = buffer.IndexOf("\r\n"u8);
        if (end < 0)
            return buffer.Length > 4096 ? MemcachedParseStatus.Invalid : MemcachedParseStatus.NeedMore;
        var text = buffer[..end];
        if (text.ContainsAnyExceptInRange((byte)0x20, (byte)0x7e))
            return MemcachedParseStatus.Invalid;
        line = Encoding.ASCII.GetString(text);
        consumed = end + 2;
        return IsError(line) ? MemcachedParseStatus.Invalid : MemcachedParseStatus.Complete;
    }

    /// <summary>
    /// The answer to <c>get</c>/<c>gets</c> of one key: zero or one VALUE block, then END. <paramref name="value"/>
    /// is null on a miss.
    /// </summary>
    public static MemcachedParseStatus TryParseRetrieval(ReadOnlySpan<byte> buffer, out MemcachedValue? value, out int consumed)
    {
        value = null;
        consumed = 0;
        var status = TryParseLine(buffer, out var line, out var headerLength);
        if (status != MemcachedParseStatus.Complete)
            return status;
        if (line == "END")
        {
            consumed = headerLength;
            return MemcachedParseStatus.Complete;
        }

        var parts = line.Split(' ');
        if (parts.Length is not (4 or 5) || parts[0] != "VALUE" || parts[1].Length == 0 ||
            !uint.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var flags) ||
            !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ||
            length > MaxValueBytes)
        {
            return MemcachedParseStatus.Invalid;
        }

        ulong cas = 0;
        if (parts.Length == 5 && !ulong.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out cas))
            return MemcachedParseStatus.Invalid;
        var rest = buffer[headerLength..];
        if (rest.Length < length + 2)
            return MemcachedParseStatus.NeedMore;
        if (!rest.Slice(length, 2).SequenceEqual("\r\n"u8))
            return MemcachedParseStatus.Invalid;
        var tail = rest[(length + 2)..];
        if (tail.Length < 5)
            return "END\r\n"u8.StartsWith(tail) ? MemcachedParseStatus.NeedMore : MemcachedParseStatus.Invalid;
        if (!tail.StartsWith("END\r\n"u8))
            return MemcachedParseStatus.Invalid;
        value = new MemcachedValue(parts[1], flags, rest[..length].ToArray(), cas);
        consumed = headerLength + length + 2 + 5;
        return MemcachedParseStatus.Complete;
    }

    private static bool IsError(string line) =>
        line == "ERROR" || line.StartsWith("CLIENT_ERROR", StringComparison.Ordinal) || line.StartsWith("SERVER_ERROR", StringComparison.Ordinal);
}
