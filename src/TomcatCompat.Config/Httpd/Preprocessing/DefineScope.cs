using System.Collections.Immutable;

namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// httpd's defines (Define/UnDefine/-D): global, read-time, visible to lines read after them.
/// A define without value (-D NAME, Define NAME) satisfies &lt;IfDefine&gt; but gives ${NAME} no value.
/// </summary>
internal sealed class DefineScope
{
    // Value null = defined without value.
    private readonly Dictionary<string, string?> _defines = new(StringComparer.Ordinal);

    public DefineScope(IEnumerable<string> commandLineDefines)
    {
        foreach (var d in commandLineDefines)
            _defines[d] = null;
    }

    public bool IsDefined(string name) => _defines.ContainsKey(name);

    /// <summary>The value for ${NAME}, or null when undefined or defined without value.</summary>
    public string? ValueOf(string name) => _defines.GetValueOrDefault(name);

    /// <summary>httpd: <c>Define name [value]</c>; an empty value is the same as none.</summary>
    public void Define(string name, string? value) => _defines[name] = string.IsNullOrEmpty(value) ? null : value;

    public void Undefine(string name) => _defines.Remove(name);

    public ImmutableDictionary<string, string> ToImmutable() =>
        _defines.ToImmutableDictionary(kv => kv.Key, kv => kv.Value ?? "", StringComparer.Ordinal);
}
