using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// Which modules the httpd instance that read a file loaded (from <see cref="Topology.HttpdServers"/>).
/// Built once per rule run; files map to their main file through the "included by" edges.
/// </summary>
internal sealed class ModuleIndex
{
    private readonly ImmutableArray<HttpdServerSpec> _servers;
    private readonly Dictionary<string, string?> _parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FrozenSet<string>> _modules = new(StringComparer.Ordinal);

    public ModuleIndex(Topology topology)
    {
        _servers = CrossFileFacts.Safe(topology.HttpdServers);
        foreach (var f in CrossFileFacts.Safe(topology.Files))
            _parents.TryAdd(f.Path, Parent(f.IncludedBy));
    }

    /// <summary>
    /// The main file and canonical module names ("proxy_balancer", "lbmethod_byrequests") of the
    /// instance that read <paramref name="file"/>; null when the topology does not say, so module
    /// rules stay silent rather than guess.
    /// </summary>
    public (string Server, FrozenSet<string> Modules)? For(string file)
    {
        var server = _servers.Length == 1 ? _servers[0] : Find(file);
        if (server is null)
            return null;
        if (!_modules.TryGetValue(server.MainFile, out var set))
        {
            set = CrossFileFacts.Safe(server.LoadedModules).Select(HttpdFacts.Canonical).ToFrozenSet(StringComparer.Ordinal);
            _modules[server.MainFile] = set;
        }

        return (server.MainFile, set);
    }

    /// <summary>"httpd.conf:12" → "httpd.conf".</summary>
    private static string? Parent(string? includedBy)
    {
        if (includedBy is null)
            return null;
        var colon = includedBy.LastIndexOf(':');
        return colon > 0 ? includedBy[..colon] : includedBy;
    }

    // Bounded by the number of files, so an include cycle in hand-built input cannot loop.
    private HttpdServerSpec? Find(string file)
    {
        var current = file;
        for (var i = 0; i <= _parents.Count; i++)
        {
            foreach (var s in _servers)
            {
                if (string.Equals(s.MainFile, current, StringComparison.Ordinal))
                    return s;
            }

            if (!_parents.TryGetValue(current, out var parent) || parent is null)
                return null;
            current = parent;
        }

        return null;
    }
}
