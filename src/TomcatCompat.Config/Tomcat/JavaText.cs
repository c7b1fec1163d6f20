using System.Globalization;

namespace TomcatCompat.Config.Tomcat;

/// <summary>How Tomcat's digester turns attribute text into Java int/long/boolean (§1.2).</summary>
public static class JavaText
{
    /// <summary><c>Integer.valueOf</c>: optional sign, ASCII decimal digits, no spaces, no hex.</summary>
    public static bool TryParseInt(string text, out int value)
    {
        value = 0;
        return IsDecimal(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>Long.valueOf</c>: as <see cref="TryParseInt"/> with a 64-bit range.</summary>
    public static bool TryParseLong(string text, out long value)
    {
        value = 0;
        return IsDecimal(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>Boolean.valueOf</c>: "true" in any case is true, everything else false.</summary>
    public static bool ParseBool(string text) => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for "true"/"false" in any case: the values that mean what they say.</summary>
    public static bool IsBoolWord(string text) =>
        ParseBool(text) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);

    private static bool IsDecimal(string text)
    {
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        if (text.Length == start)
            return false;
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                return false;
        }

        return true;
    }
}
