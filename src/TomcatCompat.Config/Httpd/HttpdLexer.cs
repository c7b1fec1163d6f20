using System.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// Physical → logical lines as httpd's ap_cfg_getline does: a backslash right before the line end
/// joins the next line (as is, leading blanks kept), the result is trimmed, and a line whose first
/// non-blank character is '#' is a comment. Continuation runs before comment detection, so a
/// comment ending in '\' swallows the next line.
/// </summary>
internal static class HttpdLexer
{
    /// <summary>httpd's limit for a logical line of a *.conf file (16 MiB).</summary>
    public const int MaxLineLength = 16 * 1024 * 1024;

    /// <summary>Non-empty logical lines in file order (comments included, flagged).</summary>
    public static List<LogicalLine> Split(string text)
    {
        var lines = new List<LogicalLine>();
        var joined = new StringBuilder();
        var physical = 0;
        var pos = 0;
        var joining = false;
        while (pos < text.Length)
        {
            var lf = text.IndexOf('\n', pos);
            var end = lf < 0 ? text.Length : lf;
            var contentEnd = end > pos && text[end - 1] == '\r' && lf >= 0 ? end - 1 : end;
            physical++;
            var content = text.AsSpan(pos, contentEnd - pos);
            pos = lf < 0 ? text.Length : lf + 1;

            // A backslash on the last line without LF does not continue (there is no line end).
            if (lf >= 0 && content.Length > 0 && content[^1] == '\\')
            {
                joined.Append(content[..^1]);
                joining = true;
                continue;
            }

            string logical;
            int column;
            if (joining)
            {
                joined.Append(content);
                logical = joined.ToString();
                joined.Clear();
                joining = false;
                column = 1;
            }
            else
            {
                logical = content.ToString();
                column = 0;
            }

            Add(lines, logical, physical, column);
        }

        if (joining)
            Add(lines, joined.ToString(), physical, 1);
        return lines;
    }

    private static void Add(List<LogicalLine> lines, string logical, int line, int column)
    {
        var start = 0;
        while (start < logical.Length && IsSpace(logical[start]))
            start++;
        var end = logical.Length;
        while (end > start && IsSpace(logical[end - 1]))
            end--;
        if (end == start)
            return;
        var text = start == 0 && end == logical.Length ? logical : logical[start..end];
        lines.Add(new LogicalLine(text, line, column == 0 ? start + 1 : 1, text[0] == '#'));
    }

    /// <summary>C isspace in the "C" locale: space, \t, \n, \v, \f, \r.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}
