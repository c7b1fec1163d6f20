using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// <c>channelSendOptions</c> / <c>mapSendOptions</c> as Tomcat parses them (§3.1): a decimal
/// int, or (9.0.0-M23+) case-sensitive names split on <c>\s*,\s*</c> and OR-ed; only a result
/// above 0 is stored. 8.5 and earlier accept only the int (and do store 0 or negatives).
/// </summary>
public static partial class SendOptionsParser
{
    public const int ByteMessage = 1;
    public const int UseAck = 2;
    public const int SynchronizedAck = 4;
    public const int Asynchronous = 8;
    public const int Secure = 16;
    public const int Udp = 32;
    public const int Multicast = 64;

    /// <summary>First release whose setter accepts names.</summary>
    public static readonly TomcatVersion NamesSince = TomcatVersion.Of(9, 0, 0, 23);

    private static readonly FrozenDictionary<string, int> Names = new Dictionary<string, int>
    {
        ["byte_message"] = ByteMessage, ["byte"] = ByteMessage,
        ["use_ack"] = UseAck,
        ["synchronized_ack"] = SynchronizedAck, ["sync"] = SynchronizedAck,
        ["asynchronous"] = Asynchronous, ["async"] = Asynchronous,
        ["secure"] = Secure, ["udp"] = Udp, ["multicast"] = Multicast,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Display order of JMX channelSendOptionsName: highest bit first.
    private static readonly (int Bit, string Name)[] Display =
        [(Multicast, "multicast"), (Udp, "udp"), (Secure, "secure"), (Asynchronous, "async"),
         (SynchronizedAck, "sync"), (UseAck, "use_ack"), (ByteMessage, "byte")];

    public static SendOptionsResult Parse(string? text, TomcatVersion version)
    {
        var namesAllowed = version >= NamesSince;
        if (string.IsNullOrEmpty(text))
            return new SendOptionsResult(0, !namesAllowed, null, false);
        if (JavaText.TryParseInt(text, out var number))
            return new SendOptionsResult(number, !namesAllowed || number > 0, null, false);
        if (!namesAllowed)
            return new SendOptionsResult(null, false, null, true);
        var result = 0;
        foreach (var token in Separator().Split(text))
        {
            if (!Names.TryGetValue(token, out var bit))
                return new SendOptionsResult(null, false, token, false);
            result |= bit;
        }

        return new SendOptionsResult(result, result > 0, null, false);
    }

    /// <summary>"async", "sync, use_ack": the set bits, highest first (JMX channelSendOptionsName).</summary>
    public static string DisplayName(int options) =>
        string.Join(", ", Display.Where(d => (options & d.Bit) != 0).Select(d => d.Name));

    /// <summary>The names of the given option names to the number Tomcat would store, for advice.</summary>
    public static int? NamesToNumber(string text)
    {
        var result = 0;
        foreach (var token in Separator().Split(text))
        {
            if (!Names.TryGetValue(token, out var bit))
                return null;
            result |= bit;
        }

        return result;
    }

    [GeneratedRegex(@"\s*,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
