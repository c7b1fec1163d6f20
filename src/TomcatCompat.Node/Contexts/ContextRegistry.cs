using System.Collections.Frozen;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Contexts;

/// <summary>
/// Tomcat's Mapper, reduced to what the node needs: Host by name or alias (else the Engine's
/// defaultHost), then the context with the longest path that prefixes the request path.
/// </summary>
internal sealed class ContextRegistry
{
    private readonly FrozenDictionary<string, string> _hostByName;
    private readonly FrozenDictionary<string, NodeContext[]> _contextsByHost;
    private readonly string _defaultHost;

    public ContextRegistry(NodeSpec node, IReadOnlyList<NodeContext> contexts)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var host in node.Hosts)
        {
            names.TryAdd(host.Name, host.Name);
            foreach (var alias in host.Aliases)
                names.TryAdd(alias, host.Name);
        }

        _hostByName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Longest path first, so the first prefix match is the best one.
        _contextsByHost = contexts.GroupBy(c => c.App.Host, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.App.ContextPath.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _defaultHost = node.DefaultHost;
        All = contexts;
    }

    public IReadOnlyList<NodeContext> All { get; }

    /// <summary>The Host a request is for: by name or alias, else the Engine's defaultHost.</summary>
    public string ResolveHost(string? hostHeader) =>
        !string.IsNullOrEmpty(hostHeader) && _hostByName.TryGetValue(StripPort(hostHeader), out var named) ? named : _defaultHost;

    public NodeContext? Match(string? hostHeader, string path)
    {
        var host = ResolveHost(hostHeader);
        if (!_contextsByHost.TryGetValue(host, out var contexts))
            return null;
        foreach (var context in contexts)
        {
            var prefix = context.App.ContextPath;
            if (prefix.Length == 0 || (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '/')))
                return context;
        }

        return null;
    }

    private static string StripPort(string host)
    {
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            return close < 0 ? host : host[..(close + 1)];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
