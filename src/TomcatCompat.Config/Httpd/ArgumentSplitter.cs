using System.Collections.Immutable;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// httpd's word rules (ap_getword_conf): quoted words run to the next unescaped identical quote
/// (or the end of the line, silently), inside them only \" (resp. \') and \\ are escapes; a
/// closing quote ends the word even without a blank ("a"b is two words); in an unquoted word
/// quotes are literal and only \\ collapses.
/// </summary>
internal static class ArgumentSplitter
{
    /// <summary>Splits the whole text into words.</summary>
    public static ImmutableArray<string> Split(string text) => Split(text, out _);

    /// <summary>Splits the whole text; <paramref name="unterminatedQuote"/> is the quote left open, or '\0'.</summary>
    public static ImmutableArray<string> Split(string text, out char unterminatedQuote)
    {
        unterminatedQuote = '\0';
        var words = ImmutableArray.CreateBuilder<string>();
        var pos = 0;
        while (true)
        {
            var word = NextWord(text, ref pos, out var open, out var any);
            if (!any)
                break;
            if (open != '\0')
                unterminatedQuote = open;
            words.Add(word);
        }

        return words.ToImmutable();
    }

    /// <summary>
    /// Reads the next word from <paramref name="pos"/>; <paramref name="found"/> is false at the end
    /// of the text. Like httpd, trailing blanks after the word are skipped.
    /// </summary>
    public static string NextWord(string text, ref int pos, out char unterminatedQuote, out bool found)
    {
        unterminatedQuote = '\0';
        while (pos < text.Length && HttpdLexer.IsSpace(text[pos]))
            pos++;
        if (pos >= text.Length)
        {
            found = false;
            return "";
        }

        found = true;
        string word;
        var quote = text[pos];
        if (quote is '"' or '\'')
        {
            var start = ++pos;
            while (pos < text.Length && text[pos] != quote)
            {
                // A backslash escapes the next character for the purpose of finding the end.
                if (text[pos] == '\\' && pos + 1 < text.Length)
                    pos++;
                pos++;
            }

            var end = Math.Min(pos, text.Length);
            word = Unescape(text.AsSpan(start, end - start), quote);
            if (pos < text.Length)
                pos++;
            else
                unterminatedQuote = quote;
        }
        else
        {
            var start = pos;
            while (pos < text.Length && !HttpdLexer.IsSpace(text[pos]))
                pos++;
            word = Unescape(text.AsSpan(start, pos - start), '\0');
        }

        while (pos < text.Length && HttpdLexer.IsSpace(text[pos]))
            pos++;
        return word;
    }

    // Inside quotes: \<quote> → quote and \\ → \; outside: only \\ → \. Other backslashes stay.
    private static string Unescape(ReadOnlySpan<char> raw, char quote)
    {
        if (raw.IndexOf('\\') < 0)
            return raw.ToString();
        var sb = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && (raw[i + 1] == '\\' || (quote != '\0' && raw[i + 1] == quote)))
                i++;
            sb.Append(raw[i]);
        }

        return sb.ToString();
    }
}
