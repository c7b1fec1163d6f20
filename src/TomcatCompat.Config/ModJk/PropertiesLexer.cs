using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// Splits mod_jk properties text (workers.properties, uriworkermap.properties, a JkWorkerProperty
/// argument) into key=value lines exactly as jk_map.c reads them (httpd-proxy.md §7.1): '#' anywhere
/// starts a comment, no continuation lines, split at the first '=', key and value trimmed.
/// </summary>
internal static class PropertiesLexer
{
    /// <summary>mod_jk reads with an 8192-byte buffer; the content plus its line end must fit.</summary>
    public const int MaxLineBytes = 8190;

    public static List<PropertyLine> Lex(SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = new List<PropertyLine>();
        var text = file.Text.AsSpan();
        var lineNumber = 0;
        while (!text.IsEmpty)
        {
            lineNumber++;
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (!line.IsEmpty && line[^1] == '\r')
                line = line[..^1];
            var parsed = LexLine(line, file.Span(lineNumber), diagnostics);
            if (parsed is not null)
                lines.Add(parsed);
        }

        return lines;
    }

    /// <summary>One line; <paramref name="span"/> is where it starts (column 1 of the line or of a directive argument).</summary>
    public static PropertyLine? LexLine(ReadOnlySpan<char> line, SourceSpan span, DiagnosticBag diagnostics)
    {
        // Cheap test first: a line can only exceed the byte limit if it has more than a third as many chars.
        if (line.Length > MaxLineBytes / 3)
        {
            var bytes = Encoding.UTF8.GetByteCount(line);
            if (bytes > MaxLineBytes)
            {
                diagnostics.Add(ConfigDiagnostics.JkLineTooLong, span, bytes, MaxLineBytes);
                return null;
            }
        }

        var hash = line.IndexOf('#');
        if (hash >= 0)
            line = line[..hash];
        var content = line.Trim();
        if (content.IsEmpty)
            return null;

        var column = span.Column + (line.Length - line.TrimStart().Length);
        var at = span with { Column = column };
        var eq = content.IndexOf('=');
        if (eq < 0)
        {
            diagnostics.Add(ConfigDiagnostics.JkLineWithoutEquals, at, Shorten(content));
            return null;
        }

        var key = content[..eq].Trim();
        var value = content[(eq + 1)..].Trim();
        if (key.IsEmpty || value.IsEmpty)
        {
            diagnostics.Add(ConfigDiagnostics.JkLineWithoutEquals, at, Shorten(content));
            return null;
        }

        return new PropertyLine(key.ToString(), value.ToString(), at);
    }

    internal static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");
}
