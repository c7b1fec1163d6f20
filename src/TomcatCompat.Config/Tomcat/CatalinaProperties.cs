using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Java <c>.properties</c> syntax as <c>Properties.load</c> reads it: key/value separated by
/// <c>=</c>, <c>:</c> or whitespace; <c>#</c>/<c>!</c> comment lines; a trailing odd backslash
/// continues the line (leading blanks of the next line dropped); <c>\t \n \r \f \uXXXX</c>
/// escapes, any other escaped character stands for itself. Later keys win.
/// </summary>
public static class CatalinaProperties
{
    /// <summary>
    /// Parses <paramref name="file"/>. A malformed \u escape makes Java reject the whole file, so
    /// the result is then empty (TC1402), as Tomcat would load nothing from it.
    /// </summary>
    public static ImmutableDictionary<string, string> Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var text = file.Text;
        var pos = 0;
        var line = 1;
        var logical = new StringBuilder();
        while (pos < text.Length)
        {
            var startLine = line;
            logical.Clear();
            var first = true;
            while (true)
            {
                var end = text.IndexOfAny(['\n', '\r'], pos);
                if (end < 0)
                    end = text.Length;
                var piece = text.AsSpan(pos, end - pos);
                pos = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
                line++;
                piece = piece.TrimStart(" \t\f");
                if (first && (piece.IsEmpty || piece[0] is '#' or '!'))
                    break;
                first = false;
                var slashes = 0;
                for (var i = piece.Length - 1; i >= 0 && piece[i] == '\\'; i--)
                    slashes++;
                if (slashes % 2 == 1)
                {
                    logical.Append(piece[..^1]);
                    if (pos >= text.Length)
                        break;
                    continue;
                }

                logical.Append(piece);
                break;
            }

            if (logical.Length == 0)
                continue;
            if (!TrySplit(logical.ToString(), out var key, out var value))
            {
                diagnostics.Add(ConfigDiagnostics.PropertiesMalformed, file.Span(startLine), file.DisplayPath);
                return ImmutableDictionary<string, string>.Empty;
            }

            result[key] = value;
        }

        return result.ToImmutable();
    }

    private static bool TrySplit(string s, out string key, out string value)
    {
        var i = 0;
        while (i < s.Length && s[i] is not ('=' or ':' or ' ' or '\t' or '\f'))
            i += s[i] == '\\' && i + 1 < s.Length ? 2 : 1;
        var keyEnd = Math.Min(i, s.Length);
        while (i < s.Length && s[i] is ' ' or '\t' or '\f')
            i++;
        if (i < s.Length && s[i] is '=' or ':')
            i++;
        while (i < s.Length && s[i] is ' ' or '\t' or '\f')
            i++;
        var k = Unescape(s.AsSpan(0, keyEnd));
        var v = Unescape(s.AsSpan(i));
        key = k ?? "";
        value = v ?? "";
        return k is not null && v is not null;
    }

    private static string? Unescape(ReadOnlySpan<char> s)
    {
        if (!s.Contains('\\'))
            return s.ToString();
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            var c = s[++i];
            if (c == 'u')
            {
                if (i + 4 >= s.Length || !int.TryParse(s.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    return null;
                sb.Append((char)code);
                i += 4;
                continue;
            }

            sb.Append(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'f' => '\f', _ => c });
        }

        return sb.ToString();
    }
}
