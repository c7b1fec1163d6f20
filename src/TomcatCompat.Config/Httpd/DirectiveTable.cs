using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// Every directive of Debian's apache2 2.4.71 and mod_jk 1.2.48, keyed on httpd's own names
/// (case-insensitive, as httpd looks them up), with module, argument kind and contexts.
/// </summary>
public static class DirectiveTable
{
    private static readonly FrozenDictionary<string, HttpdArgKind> Kinds = new Dictionary<string, HttpdArgKind>
    {
        ["RAW_ARGS"] = HttpdArgKind.RawArgs, ["TAKE1"] = HttpdArgKind.Take1, ["TAKE2"] = HttpdArgKind.Take2,
        ["TAKE3"] = HttpdArgKind.Take3, ["TAKE12"] = HttpdArgKind.Take12, ["TAKE23"] = HttpdArgKind.Take23,
        ["TAKE123"] = HttpdArgKind.Take123, ["TAKE13"] = HttpdArgKind.Take13, ["ITERATE"] = HttpdArgKind.Iterate,
        ["ITERATE2"] = HttpdArgKind.Iterate2, ["FLAG"] = HttpdArgKind.Flag, ["NO_ARGS"] = HttpdArgKind.NoArgs,
        ["TAKE_ARGV"] = HttpdArgKind.TakeArgv,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Directive name (sections as "&lt;Name") → facts; case-insensitive.</summary>
    public static IReadOnlyDictionary<string, DirectiveInfo> Directives { get; } = BuildDirectives();

    /// <summary>Module identifier → source file name (proxy_module → mod_proxy.c), for modules the table knows.</summary>
    public static IReadOnlyDictionary<string, string> ModuleSources { get; } = BuildModules();

    /// <summary>Compiled into Debian's /usr/sbin/apache2 (`apache2 -l`), in that order.</summary>
    public static ImmutableArray<string> BuiltInModules { get; } =
        ["core_module", "so_module", "watchdog_module", "http_module", "log_config_module", "logio_module", "version_module", "unixd_module"];

    public static DirectiveInfo? Find(string name) => Directives.GetValueOrDefault(name);

    // Plain dictionaries: these ~900 rows are built at every start of a short import/lint process, where
    // freezing (key analysis) cost more than its faster lookups saved (docs/performance.md).
    private static Dictionary<string, DirectiveInfo> BuildDirectives()
    {
        var rows = new Dictionary<string, DirectiveInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (ReadOnlySpan<string>)[DirectiveTableData.Part1, DirectiveTableData.Part2, DirectiveTableData.Part3])
        {
            foreach (var line in part.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var f = line.Split(' ');
                var contexts = DirectiveContexts.None;
                foreach (var c in f[2])
                {
                    contexts |= c switch
                    {
                        'S' => DirectiveContexts.ServerConfig,
                        'V' => DirectiveContexts.VirtualHost,
                        'D' => DirectiveContexts.Directory,
                        _ => DirectiveContexts.HtAccess,
                    };
                }

                rows[f[0]] = new DirectiveInfo(
                    f[0],
                    Kinds[f[1]],
                    contexts,
                    (DirectiveRestrictions)int.Parse(f[3], CultureInfo.InvariantCulture),
                    [.. f[4].Split(',')]);
            }
        }

        return rows;
    }

    private static Dictionary<string, string> BuildModules() =>
        DirectiveTableData.Modules
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
}
