using System.Text;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>
/// Looks at the start of a file whose name says nothing: the XML root element, or whether a
/// properties file has <c>worker.</c> keys. Never throws; unreadable files sniff as nothing.
/// </summary>
internal static class InputSniffer
{
    /// <summary>Enough to get past an XML prolog, DOCTYPE and a licence comment.</summary>
    private const int SniffBytes = 64 * 1024;

    public static string? Head(IConfigFileSystem fileSystem, string path)
    {
        if (!fileSystem.TryReadAllBytes(path, out var bytes, out _))
            return null;
        var length = Math.Min(bytes.Length, SniffBytes);
        return Array.IndexOf(bytes, (byte)0, 0, length) >= 0 ? null : Encoding.UTF8.GetString(bytes, 0, length);
    }

    /// <summary>Local name of the first element (namespace prefix removed), or null when there is none.</summary>
    public static string? XmlRootElement(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
                return null;
            var next = text[lt + 1];
            if (next == '?')
                i = Skip(text, lt, "?>");
            else if (text.AsSpan(lt).StartsWith("<!--"))
                i = Skip(text, lt, "-->");
            else if (next == '!')
                i = SkipDeclaration(text, lt);
            else
                return ElementName(text, lt + 1);
            if (i < 0)
                return null;
        }

        return null;
    }

    /// <summary>True when some line, after leading blanks, starts with <c>worker.</c> (workers.properties keys).</summary>
    public static bool HasWorkerKeys(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.TrimStart().StartsWith("worker.", StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static int Skip(string text, int from, string end)
    {
        var j = text.IndexOf(end, from + 2, StringComparison.Ordinal);
        return j < 0 ? -1 : j + end.Length;
    }

    // <!DOCTYPE x [ <!ENTITY ...> ]>: the internal subset may hold '>' inside brackets.
    private static int SkipDeclaration(string text, int from)
    {
        var depth = 0;
        for (var j = from + 2; j < text.Length; j++)
        {
            switch (text[j])
            {
                case '[': depth++; break;
                case ']': depth--; break;
                case '>' when depth <= 0: return j + 1;
            }
        }

        return -1;
    }

    private static string? ElementName(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/'))
            end++;
        if (end == start)
            return null;
        var name = text[start..end];
        var colon = name.IndexOf(':');
        return colon >= 0 ? name[(colon + 1)..] : name;
    }
}
