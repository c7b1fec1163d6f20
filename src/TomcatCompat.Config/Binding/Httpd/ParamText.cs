using System.Globalization;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// httpd's value parsers for proxy parameters (httpd-proxy.md §2.5): C <c>atoi</c>/<c>atof</c>
/// (leading number, junk ignored) and <c>ap_timeout_parameter_parse</c> (integer + unit).
/// </summary>
internal static class ParamText
{
    /// <summary>C atoi: optional spaces and sign, then leading digits; <paramref name="clean"/> is false when junk followed or no digit was found.</summary>
    public static int Atoi(string text, out bool clean)
    {
        var i = SkipSpace(text, 0);
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        long value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            value = Math.Min(value * 10 + (text[i] - '0'), int.MaxValue);
            i++;
        }

        clean = i > start && i == text.Length;
        return (int)(negative ? -value : value);
    }

    /// <summary>C atof for plain decimals (no exponent): leading number, junk ignored.</summary>
    public static decimal Atof(string text, out bool clean)
    {
        var i = SkipSpace(text, 0);
        var start = i;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        // Cap the length so absurd inputs cannot overflow decimal.
        var number = text[start..Math.Min(i, start + 20)];
        clean = i > digitsStart && i == text.Length;
        return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : 0m;
    }

    /// <summary>
    /// <c>ap_timeout_parameter_parse</c>: integer then an optional unit checked by its first letters
    /// (<c>ms</c>, <c>s</c>, <c>mi</c>, <c>h</c>). Returns false on a bad unit or a negative value.
    /// </summary>
    public static bool TryParseTime(string text, TimeUnit defaultUnit, out long milliseconds)
    {
        milliseconds = 0;
        var i = SkipSpace(text, 0);
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        long value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            value = Math.Min(value * 10 + (text[i] - '0'), int.MaxValue);
            i++;
        }

        if (negative && value > 0)
        {
            return false;
        }

        long factor;
        if (i == text.Length)
        {
            factor = (long)defaultUnit;
        }
        else
        {
            switch (text[i])
            {
                case 's': factor = 1000; break;
                case 'h': factor = 3_600_000; break;
                case 'm' when i + 1 < text.Length && text[i + 1] == 's': factor = 1; break;
                case 'm' when i + 1 < text.Length && text[i + 1] == 'i': factor = 60_000; break;
                default: return false;
            }
        }

        milliseconds = value * factor;
        return true;
    }

    /// <summary>httpd's On/Off (case-insensitive).</summary>
    public static bool TryOnOff(string text, out bool on)
    {
        on = text.Equals("on", StringComparison.OrdinalIgnoreCase);
        return on || text.Equals("off", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Splits <c>key=value</c> at the first '='; key lowercased. False when there is no '='.</summary>
    public static bool TrySplitKeyValue(string word, out string key, out string value)
    {
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            key = value = "";
            return false;
        }

        key = LowerCaseNames.Of(word.AsSpan(0, eq));
        value = word[(eq + 1)..];
        return true;
    }

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
