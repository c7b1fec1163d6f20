using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>What every part of one httpd bind run shares: the diagnostics and which modules are loaded.</summary>
internal sealed class BindContext
{
    private readonly HashSet<string> _modules;

    public BindContext(DiagnosticBag diagnostics, ImmutableArray<string> loadedModules)
    {
        Diagnostics = diagnostics;
        _modules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in loadedModules)
        {
            _modules.Add(Canonical(m));
        }
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Global try-order counter for mounts (httpd-proxy.md §2.3).</summary>
    public int NextMountSequence { get; set; }

    /// <summary>True when any module list is known; with none (bare trees) module rules are skipped.</summary>
    public bool KnowsModules => _modules.Count > 0;

    /// <summary>Whether module <paramref name="name"/> ("proxy_hcheck", "mod_proxy_hcheck.c", "proxy_hcheck_module") is loaded.</summary>
    public bool IsLoaded(string name) => _modules.Contains(Canonical(name));

    // LoadModule identifiers ("proxy_hcheck_module") and source names ("mod_proxy_hcheck.c") map to one key.
    private static string Canonical(string module)
    {
        var m = module.Trim().ToLowerInvariant();
        if (m.EndsWith(".c", StringComparison.Ordinal))
        {
            m = m[..^2];
        }

        if (m.EndsWith("_module", StringComparison.Ordinal))
        {
            m = m[..^7];
        }

        return m.StartsWith("mod_", StringComparison.Ordinal) ? m[4..] : m;
    }
}
