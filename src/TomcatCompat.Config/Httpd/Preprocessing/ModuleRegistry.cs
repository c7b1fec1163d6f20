using System.Collections.Immutable;

namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// Modules loaded so far while reading (built-ins first, then LoadModule lines in order).
/// &lt;IfModule&gt; accepts a module's identifier (proxy_module) or source file name (mod_proxy.c),
/// exactly and case-sensitively, as httpd's ap_find_linked_module does.
/// </summary>
internal sealed class ModuleRegistry
{
    private readonly List<string> _order = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ModuleRegistry()
    {
        foreach (var id in DirectiveTable.BuiltInModules)
            Add(id, DirectiveTable.ModuleSources.GetValueOrDefault(id) ?? SourceFromIdentifier(id));
    }

    public ImmutableArray<string> LoadedInOrder => [.. _order];

    /// <summary>Identifiers loaded by LoadModule that the directive table does not know.</summary>
    public List<string> UnknownModules { get; } = [];

    public bool IsLoaded(string identifierOrSourceName) => _names.Contains(identifierOrSourceName);

    public bool IsIdentifierLoaded(string identifier) => _ids.Contains(identifier);

    public static bool IsBuiltIn(string identifier) => DirectiveTable.BuiltInModules.Contains(identifier);

    /// <summary>LoadModule: false when the identifier is already loaded (httpd skips it with a warning).</summary>
    public bool Load(string identifier, string file)
    {
        if (_ids.Contains(identifier))
            return false;
        var known = DirectiveTable.ModuleSources.GetValueOrDefault(identifier);
        if (known is null)
            UnknownModules.Add(identifier);
        Add(identifier, known ?? SourceFromFile(file) ?? SourceFromIdentifier(identifier));
        return true;
    }

    /// <summary>True when the directive (or "&lt;Section") is provided by a module loaded so far.</summary>
    public bool Provides(string directive) =>
        DirectiveTable.Find(directive) is { } info && info.Modules.Any(_ids.Contains);

    private void Add(string identifier, string source)
    {
        _order.Add(identifier);
        _ids.Add(identifier);
        _names.Add(identifier);
        _names.Add(source);
    }

    // Debian names its objects mod_x.so after the source mod_x.c; httpd itself uses the source name.
    private static string? SourceFromFile(string file)
    {
        var name = file[(file.LastIndexOf('/') + 1)..];
        return name.EndsWith(".so", StringComparison.Ordinal) && name.Length > 3 ? name[..^3] + ".c" : null;
    }

    private static string SourceFromIdentifier(string identifier) =>
        "mod_" + (identifier.EndsWith("_module", StringComparison.Ordinal) ? identifier[..^7] : identifier) + ".c";
}
