using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// Which webapps a balancer's traffic can reach: the backend path prefixes of the mounts that
/// target it (<c>ProxyPass /app balancer://x/app</c> → "/app"; mod_jk forwards the URI as is)
/// matched against each bound node's context paths. No mount, or a regex mount, reaches all.
/// </summary>
internal static class BalancerReach
{
    public static Dictionary<string, List<string>> PrefixesByBalancer(Topology topology)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var mount in CrossFileFacts.Safe(topology.Mounts))
        {
            if (mount.Exclude || mount.Balancer is not { } name)
                continue;
            if (!result.TryGetValue(name, out var list))
                result[name] = list = [];
            list.Add(mount.IsRegex ? "/" : BackendPrefix(mount, name));
        }

        return result;
    }

    public static IEnumerable<(NodeSpec Node, WebApp WebApp)> WebApps(
        BalancerSpec balancer, Dictionary<string, NodeSpec> nodes, Dictionary<string, List<string>> prefixes)
    {
        prefixes.TryGetValue(balancer.Name, out var paths);
        foreach (var node in CrossFileFacts.NodesOf(balancer, nodes))
        {
            var webapps = CrossFileFacts.Safe(node.Webapps);
            foreach (var webapp in webapps)
            {
                if (paths is null || paths.Count == 0 || paths.Exists(p => Reaches(p, webapp.ContextPath, webapps)))
                    yield return (node, webapp);
            }
        }
    }

    private static string BackendPrefix(Mount mount, string balancer)
    {
        var target = mount.Target ?? "";
        if (target.StartsWith(balancer, StringComparison.OrdinalIgnoreCase))
            return Normalise(target[balancer.Length..]);
        if (target.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase))
        {
            var slash = target.IndexOf('/', "balancer://".Length);
            return slash < 0 ? "/" : Normalise(target[slash..]);
        }

        return Normalise(mount.Path.TrimEnd('*'));
    }

    private static string Normalise(string path) => path.Length == 0 ? "/" : path;

    /// <summary>True when a request under backend prefix <paramref name="prefix"/> can land in context <paramref name="contextPath"/>.</summary>
    private static bool Reaches(string prefix, string contextPath, System.Collections.Immutable.ImmutableArray<WebApp> all)
    {
        if (prefix == "/")
            return true;
        if (contextPath.Length == 0)
            return !all.Any(w => w.ContextPath.Length > 0 && Within(prefix, w.ContextPath));
        return Within(prefix, contextPath) || Within(contextPath, prefix.TrimEnd('/'));
    }

    private static bool Within(string path, string root) =>
        path.StartsWith(root, StringComparison.Ordinal) && (path.Length == root.Length || path[root.Length] == '/');
}
