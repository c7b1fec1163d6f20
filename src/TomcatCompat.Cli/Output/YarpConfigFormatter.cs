using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Output;

/// <summary>
/// <c>--format yarp</c>: an appsettings.json section that plain YARP 2.3 loads with
/// <c>LoadFromConfig</c>. Mounts become routes in try-order, balancers become clusters with a
/// built-in policy close to the lbmethod, and the httpd semantics travel in <c>Metadata</c> so
/// TomcatCompat's own balancer can apply them. What YARP cannot express is listed under
/// <c>TomcatCompat.Notes</c>, never dropped silently.
/// </summary>
internal static class YarpConfigFormatter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(Topology topology)
    {
        var notes = new JsonArray();
        var clusters = new JsonObject();
        var clusterIds = new Dictionary<BalancerSpec, string>(ReferenceEqualityComparer.Instance);
        foreach (var b in topology.Balancers.NullToEmpty())
        {
            var id = Unique(clusters, b.Name.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase) ? b.Name[11..] : b.Name);
            clusterIds[b] = id;
            clusters[id] = YarpClusters.FromBalancer(b, notes);
        }

        var routes = new JsonObject();
        var order = 0;
        foreach (var m in topology.Mounts.NullToEmpty())
        {
            order++;
            var where = $"{m.Kind} {m.Path} ({m.Source})";
            if (m.Exclude)
            {
                notes.Add($"{where}: exclusion skipped; YARP has no \"do not proxy\" route, so requests under it are proxied by the next matching route");
                continue;
            }

            var (template, approximate, why) = YarpPaths.ToTemplate(m);
            if (template is null)
            {
                notes.Add($"{where}: skipped; {why}");
                continue;
            }

            var clusterId = ClusterFor(m, topology, clusterIds, clusters, notes, where);
            if (clusterId is null)
                continue;
            if (approximate)
                notes.Add($"{where}: regular expression approximated by the prefix template {template}; $n substitutions are not applied");
            routes[$"route-{order}"] = Route(m, topology, clusterId, template, order);
        }

        var root = new JsonObject
        {
            ["ReverseProxy"] = new JsonObject { ["Routes"] = routes, ["Clusters"] = clusters },
            ["TomcatCompat"] = new JsonObject { ["Notes"] = notes },
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Route(Mount m, Topology topology, string clusterId, string template, int order)
    {
        var match = new JsonObject { ["Path"] = template };
        var vhost = topology.VirtualHosts.NullToEmpty().FirstOrDefault(v => v.Id == m.Scope);
        if (vhost is { IsMain: false, ServerName: { } name })
        {
            var hosts = new JsonArray(StripPort(name));
            foreach (var alias in vhost.ServerAliases.NullToEmpty())
                hosts.Add((JsonNode?)StripPort(alias));
            match["Hosts"] = hosts;
        }

        var route = new JsonObject { ["ClusterId"] = clusterId, ["Order"] = order, ["Match"] = match };
        if (m.Kind is MountKind.ProxyPass && !m.IsRegex && TargetPath(m.Target) is { } targetPath)
        {
            var transforms = new JsonArray();
            var prefix = m.Path.TrimEnd('/');
            if (prefix != targetPath.TrimEnd('/'))
            {
                if (prefix.Length > 0)
                    transforms.Add((JsonNode)new JsonObject { ["PathRemovePrefix"] = prefix });
                if (targetPath.TrimEnd('/').Length > 0)
                    transforms.Add((JsonNode)new JsonObject { ["PathPrefix"] = targetPath.TrimEnd('/') });
            }

            if (transforms.Count > 0)
                route["Transforms"] = transforms;
        }

        var metadata = new JsonObject
        {
            ["directive"] = m.Kind.ToString(),
            ["path"] = m.Path,
            ["regex"] = m.IsRegex ? "true" : "false",
            ["target"] = m.Target ?? "",
            ["scope"] = m.Scope,
            ["order"] = m.Order.ToString(CultureInfo.InvariantCulture),
            ["source"] = m.Source.ToString(),
        };
        if (!m.Flags.IsDefaultOrEmpty)
            metadata["flags"] = string.Join(' ', m.Flags);
        foreach (var (key, value) in m.Parameters)
            metadata.TryAdd(key, value);
        route["Metadata"] = metadata;
        return route;
    }

    private static string? ClusterFor(Mount m, Topology topology, Dictionary<BalancerSpec, string> ids, JsonObject clusters, JsonArray notes, string where)
    {
        if (m.Balancer is { } name)
        {
            var balancers = topology.Balancers.NullToEmpty();
            var b = balancers.FirstOrDefault(x => x.Name == name && x.Scope == m.Scope) ?? balancers.FirstOrDefault(x => x.Name == name);
            if (b is not null)
                return ids[b];
            notes.Add($"{where}: skipped; balancer \"{name}\" is not defined");
            return null;
        }

        if (m.Target is { } target && Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ajp" or "ws" or "wss")
        {
            var address = uri.GetLeftPart(UriPartial.Authority);
            var port = uri.IsDefaultPort ? "" : "-" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = Sanitize($"direct-{uri.Scheme}-{uri.Host}{port}");
            clusters[id] ??= YarpClusters.Direct(address);
            return id;
        }

        notes.Add($"{where}: skipped; target \"{m.Target}\" is not a balancer or an http/ajp URL (a mod_jk worker that is not type=lb?)");
        return null;
    }

    /// <summary>The path part of balancer://name/path or http://host:port/path; null when there is none to map.</summary>
    private static string? TargetPath(string? target)
    {
        if (target is null)
            return null;
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
            return null;
        var slash = target.IndexOf('/', scheme + 3);
        return slash < 0 ? "" : target[slash..];
    }

    /// <summary>':' separates sections in Microsoft.Extensions.Configuration, so it cannot appear in a route or cluster id.</summary>
    private static string Sanitize(string id) => id.Replace(':', '-');

    private static string StripPort(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && host[(colon + 1)..].All(char.IsAsciiDigit) && !host.EndsWith(']') ? host[..colon] : host;
    }

    internal static string Unique(JsonObject obj, string id)
    {
        id = Sanitize(id);
        var candidate = id;
        for (var n = 2; obj.ContainsKey(candidate); n++)
            candidate = $"{id}-{n}";
        return candidate;
    }
}
