using System.Text.RegularExpressions;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// Parses what the real apache2ctl prints (httpd-proxy.md §8): <c>-S</c> virtual hosts,
/// <c>-t -D DUMP_INCLUDES</c> include tree and <c>-t -D DUMP_CONFIG</c> (mod_info) directives.
/// </summary>
internal static partial class ApacheDumps
{
    public sealed record VirtualHostLine(string Address, string ServerName, string File, int Line);

    public sealed record IncludeLine(string File, int ParentLine);

    /// <summary>A directive of the evaluated config with its file, line and enclosing sections.</summary>
    public sealed record DumpedDirective(string Name, string Args, string File, int Line, IReadOnlyList<string> Sections);

    /// <summary><c>ADDR:PORT  name (file:line)</c> and <c>port N namevhost name (file:line)</c> lines.</summary>
    public static IReadOnlyList<VirtualHostLine> ParseVirtualHosts(string dump)
    {
        var result = new List<VirtualHostLine>();
        string? address = null;
        foreach (var line in dump.Split('\n'))
        {
            var single = SingleVhost().Match(line);
            if (single.Success)
            {
                result.Add(new(single.Groups[1].Value, single.Groups[2].Value, single.Groups[3].Value, int.Parse(single.Groups[4].Value)));
                continue;
            }

            var nameHeader = NameVhostHeader().Match(line);
            if (nameHeader.Success)
            {
                address = nameHeader.Groups[1].Value;
                continue;
            }

            var named = NamedVhost().Match(line);
            if (named.Success && address is not null)
                result.Add(new(address, named.Groups[1].Value, named.Groups[2].Value, int.Parse(named.Groups[3].Value)));
        }

        return result;
    }

    public static IReadOnlyList<IncludeLine> ParseIncludes(string dump) =>
        [.. dump.Split('\n').Select(l => IncludeEntry().Match(l)).Where(m => m.Success)
            .Select(m => new IncludeLine(m.Groups[2].Value, m.Groups[1].Value == "*" ? 0 : int.Parse(m.Groups[1].Value)))];

    public static IReadOnlyList<DumpedDirective> ParseConfig(string dump)
    {
        var result = new List<DumpedDirective>();
        var sections = new List<string>();
        string file = "";
        var line = 0;
        foreach (var raw in dump.Split('\n'))
        {
            var text = raw.Trim();
            if (text.StartsWith("# In file: ", StringComparison.Ordinal))
                file = text["# In file: ".Length..];
            else if (LineMarker().Match(text) is { Success: true } m)
                line = int.Parse(m.Groups[1].Value);
            else if (text.StartsWith("</", StringComparison.Ordinal))
                sections.RemoveAt(sections.Count - 1);
            else if (text.StartsWith('<'))
                sections.Add(text.TrimEnd('>'));
            else if (text.Length > 0 && !text.StartsWith('#'))
            {
                var space = text.IndexOf(' ');
                result.Add(new(space < 0 ? text : text[..space], space < 0 ? "" : text[(space + 1)..], file, line, [.. sections]));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(\S+:\S+)\s+(\S+) \((.+):(\d+)\)\s*$")]
    private static partial Regex SingleVhost();

    [GeneratedRegex(@"^(\S+:\S+)\s+is a NameVirtualHost\s*$")]
    private static partial Regex NameVhostHeader();

    [GeneratedRegex(@"^\s+port \S+ namevhost (\S+) \((.+):(\d+)\)\s*$")]
    private static partial Regex NamedVhost();

    [GeneratedRegex(@"^\s*\((\*|\d+)\) (\S+)\s*$")]
    private static partial Regex IncludeEntry();

    [GeneratedRegex(@"^#\s*(\d+):$")]
    private static partial Regex LineMarker();
}
