using System.Buffers;
using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Suppression;

/// <summary>Finds the suppression pragmas of a file from its text (comments are not in the syntax trees).</summary>
public static class PragmaScanner
{
    // Every pragma names the tool; a file without the word has none (one vectorised scan, no line copies).
    private static readonly SearchValues<string> ToolName = SearchValues.Create(["tomcatcompat"], StringComparison.OrdinalIgnoreCase);

    public static ImmutableArray<SuppressionPragma> Scan(SourceFile file)
    {
        if (file.Text.AsSpan().IndexOfAny(ToolName) < 0)
            return [];
        var lines = file.Text.Split('\n');
        var xml = file.Text.TrimStart().StartsWith('<');
        var result = ImmutableArray.CreateBuilder<SuppressionPragma>();
        for (var i = 0; i < lines.Length; i++)
        {
            var body = CommentBody(lines[i].Trim(), xml);
            if (body is null || SuppressionPragma.ParseBody(body) is not { } pragma)
                continue;
            if (pragma.Global)
            {
                result.Add(new SuppressionPragma(pragma.Codes, 1, lines.Length, Global: true));
                continue;
            }

            var (from, to) = xml ? NextElement(lines, i + 1) : NextLogicalLine(lines, i + 1);
            if (from > 0)
                result.Add(new SuppressionPragma(pragma.Codes, from, to, Global: false));
        }

        return result.ToImmutable();
    }

    private static string? CommentBody(string line, bool xml)
    {
        if (xml)
            return line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)
                ? line[4..^3]
                : null;
        return line.StartsWith('#') ? line[1..] : null;
    }

    /// <summary>1-based first and last line of the next directive/property, following '\' continuations.</summary>
    private static (int From, int To) NextLogicalLine(string[] lines, int index)
    {
        while (index < lines.Length && (lines[index].Trim().Length == 0 || lines[index].TrimStart().StartsWith('#')))
            index++;
        if (index >= lines.Length)
            return (0, 0);
        var end = index;
        while (end + 1 < lines.Length && lines[end].TrimEnd('\r').EndsWith('\\'))
            end++;
        return (index + 1, end + 1);
    }

    /// <summary>1-based lines of the next element's start tag.</summary>
    private static (int From, int To) NextElement(string[] lines, int index)
    {
        while (index < lines.Length && !StartsElement(lines[index]))
            index++;
        if (index >= lines.Length)
            return (0, 0);
        var end = index;
        while (end < lines.Length && !lines[end].Contains('>'))
            end++;
        return (index + 1, Math.Min(end, lines.Length - 1) + 1);
    }

    private static bool StartsElement(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith('<') && !t.StartsWith("<!--", StringComparison.Ordinal) && !t.StartsWith("</", StringComparison.Ordinal);
    }
}
