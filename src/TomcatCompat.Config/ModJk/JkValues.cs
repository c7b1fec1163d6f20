using System.Globalization;

namespace TomcatCompat.Config.ModJk;

/// <summary>mod_jk's value parsers (jk_map.c / jk_util.c): integers with k/M suffix, its lenient booleans, list splitting.</summary>
internal static class JkValues
{
    private static readonly char[] ListSeparators = [',', ' ', '\t'];

    /// <summary>Integer like strtol plus an optional k (×1024) or M (×1048576) suffix; false when no digits lead.</summary>
    public static bool TryParseInt(string text, out int value)
    {
        value = 0;
        var s = text.AsSpan().Trim();
        long multiplier = 1;
        if (s.Length > 0 && (s[^1] is 'k' or 'K'))
        {
            multiplier = 1024;
            s = s[..^1];
        }
        else if (s.Length > 0 && (s[^1] is 'm' or 'M'))
        {
            multiplier = 1024 * 1024;
            s = s[..^1];
        }

        if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            return false;
        var result = parsed * multiplier;
        if (result is > int.MaxValue or < int.MinValue)
            return false;
        value = (int)result;
        return true;
    }

    /// <summary>0/1, on/off, or anything starting with t/y (true) or f/n (false), case-insensitive.</summary>
    public static bool? ParseBool(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
            return null;
        if (s.Equals("on", StringComparison.OrdinalIgnoreCase) || s == "1")
            return true;
        if (s.Equals("off", StringComparison.OrdinalIgnoreCase) || s == "0")
            return false;
        return char.ToLowerInvariant(s[0]) switch
        {
            't' or 'y' => true,
            'f' or 'n' => false,
            _ => null,
        };
    }

    /// <summary>
    /// mod_jk's one-letter enums (method, lock, activation): the first letter of one of
    /// <paramref name="letters"/>, or its index as a digit. Returns the upper-case letter or null.
    /// </summary>
    public static char? ParseLetter(string text, string letters)
    {
        var s = text.Trim();
        if (s.Length == 0)
            return null;
        var c = char.ToUpperInvariant(s[0]);
        if (c >= '0' && c <= '9')
            return c - '0' < letters.Length ? letters[c - '0'] : null;
        return letters.Contains(c) ? c : null;
    }

    /// <summary>Comma/space separated names, empties dropped, duplicates kept once, order kept.</summary>
    public static List<string> SplitList(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text))
            return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (seen.Add(part))
                result.Add(part);
        }

        return result;
    }

    /// <summary>mod_jk worker names: A–Z, a–z, 0–9, '_' and '-'.</summary>
    public static bool IsValidWorkerName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                return false;
        }

        return name.Length > 0;
    }
}
