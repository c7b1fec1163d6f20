using System.Globalization;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>
/// Reads a component's effective attributes as Tomcat's digester would (§1.2). Text that does not
/// convert was already reported by the Tomcat front end (TC2408/TC2409), so the default is used silently here.
/// </summary>
internal static class SpecAttributes
{
    public static string? String(ComponentSpec c, string name) => c.Attributes.GetValueOrDefault(name);

    public static int Int(ComponentSpec c, string name, int fallback) =>
        c.Attributes.TryGetValue(name, out var v) && JavaText.TryParseInt(v, out var i) ? i : fallback;

    public static long Long(ComponentSpec c, string name, long fallback) =>
        c.Attributes.TryGetValue(name, out var v) && JavaText.TryParseLong(v, out var i) ? i : fallback;

    public static bool Bool(ComponentSpec c, string name, bool fallback) =>
        c.Attributes.TryGetValue(name, out var v) ? JavaText.ParseBool(v) : fallback;

    public static TimeSpan Millis(ComponentSpec c, string name, long fallback) =>
        TimeSpan.FromMilliseconds(Math.Max(0, Long(c, name, fallback)));

    /// <summary>True when the attribute is present with a value different from Tomcat's default.</summary>
    public static bool Differs(ComponentSpec c, string name, string defaultValue, out string value)
    {
        value = c.Attributes.GetValueOrDefault(name) ?? defaultValue;
        return !string.Equals(value, defaultValue, StringComparison.Ordinal) &&
               !(JavaText.IsBoolWord(value) && string.Equals(value, defaultValue, StringComparison.OrdinalIgnoreCase));
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
