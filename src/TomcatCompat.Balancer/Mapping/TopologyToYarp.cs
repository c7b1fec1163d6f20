using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// Turns a <see cref="Topology"/> into YARP routes and clusters (one cluster per balancer or direct
/// worker, one route per rule and server in httpd's try order) plus the exact mount table and member
/// state. Pure: never throws on odd input, reports what it cannot reproduce as TC44xx diagnostics.
/// </summary>
internal static partial class TopologyToYarp
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static YarpMapping Map(Topology topology)
    {
        var diagnostics = new DiagnosticBag();
        var clusters = new Dictionary<string, ClusterConfig>(StringComparer.Ordinal);
        var states = new Dictionary<string, BalancerState>(StringComparer.Ordinal);
        var byName = new Dictionary<(string Scope, string Name), string>();
        var hosts = topology.VirtualHosts.ToDictionary(h => h.Id, StringComparer.Ordinal);

        foreach (var spec in topology.Balancers)
        {
            var name = BalancerKey(spec.Name);
            var id = spec.Scope == "main" ? spec.Name : spec.Scope + "|" + spec.Name;
            if (!byName.TryAdd((spec.Scope, name), id) || clusters.ContainsKey(id))
            {
                continue; // the binder reports duplicates; the first definition wins as in httpd
            }

            var (config, state) = MapBalancer(id, spec, hosts.GetValueOrDefault(spec.Scope), diagnostics);
            clusters[id] = config;
            states[id] = state;
        }

        var compiled = new List<CompiledMount>(topology.Mounts.Length);
        var seq = 0;
        foreach (var mount in topology.Mounts.OrderBy(m => m.InLocation ? 0 : 1).ThenBy(m => m.Order))
        {
            var routeId = "mount:" + (seq++).ToString(CultureInfo.InvariantCulture);
            if (Compile(mount, routeId, byName, hosts, clusters, states, diagnostics) is { } c)
            {
                compiled.Add(c);
            }
        }

        clusters[MetadataKeys.LocalClusterId] = new ClusterConfig { ClusterId = MetadataKeys.LocalClusterId };
        var scopes = BuildScopes(topology, compiled, byName, states, diagnostics);
        var routes = BuildRoutes(scopes, diagnostics);
        return new YarpMapping(
            routes, [.. clusters.Values], new MountTable(scopes),
            states.ToFrozenDictionary(StringComparer.Ordinal), diagnostics.ToImmutable());
    }

    internal static bool IsStatusWorker(Mount mount) =>
        mount.Parameters.TryGetValue("type", out var type) && type == "status" && !mount.Exclude;

    /// <summary><c>balancer://MyCluster/</c> ≡ <c>balancer://mycluster</c>; a mod_jk worker name stays as is, lowercased.</summary>
    internal static string BalancerKey(string name)
    {
        var n = name.Trim();
        if (n.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase))
        {
            n = n["balancer://".Length..];
            var slash = n.IndexOf('/');
            if (slash >= 0)
            {
                n = n[..slash];
            }
        }

        return n.ToLowerInvariant();
    }

    private static CompiledMount? Compile(
        Mount mount, string routeId, Dictionary<(string, string), string> byName, Dictionary<string, VirtualHostSpec> hosts,
        Dictionary<string, ClusterConfig> clusters, Dictionary<string, BalancerState> states, DiagnosticBag diagnostics)
    {
        Regex? pattern = null;
        if (mount.IsRegex)
        {
            try
            {
                pattern = new Regex(mount.Path, RegexOptions.CultureInvariant, RegexTimeout);
            }
            catch (ArgumentException e)
            {
                diagnostics.Add(BalancerDiagnostics.MountRegexInvalid, mount.Source, mount.Path, e.Message);
                return null;
            }
        }

        foreach (var flag in mount.Flags)
        {
            if (!flag.Equals("noquery", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(BalancerDiagnostics.MountOptionUnsupported, mount.Source, flag, mount.Path);
            }
        }

        if (mount.Parameters.ContainsKey("mapping"))
        {
            diagnostics.Add(BalancerDiagnostics.MountOptionUnsupported, mount.Source, "mapping=" + mount.Parameters["mapping"], mount.Path);
        }

        var noQuery = mount.Flags.Any(f => f.Equals("noquery", StringComparison.OrdinalIgnoreCase));
        if (mount.Exclude || string.IsNullOrEmpty(mount.Target))
        {
            return new CompiledMount(mount, routeId, MetadataKeys.LocalClusterId, pattern, "", "");
        }

        // A mod_jk status worker is no backend: its path serves the balancer-manager page (Scope adds it).
        if (IsStatusWorker(mount))
        {
            return new CompiledMount(mount, routeId, MetadataKeys.LocalClusterId, pattern, "", "");
        }

        var target = mount.Target!;
        var balancerName = mount.Balancer
            ?? (target.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase) || !target.Contains("://", StringComparison.Ordinal)
                ? target : null);
        if (balancerName is not null)
        {
            var key = BalancerKey(balancerName);
            if (byName.TryGetValue((mount.Scope, key), out var id) || byName.TryGetValue(("main", key), out id))
            {
                var path = target.Contains("://", StringComparison.Ordinal) ? MountTable.UrlPath(target) : "";
                return new CompiledMount(mount, routeId, id, pattern, target, path) { NoQuery = noQuery };
            }

            diagnostics.Add(BalancerDiagnostics.MountTargetUnknown, mount.Source, target);
            return new CompiledMount(mount, routeId, MetadataKeys.LocalClusterId, pattern, target, "") { Broken = true };
        }

        if (!Uri.TryCreate(target.Replace("$", "", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            diagnostics.Add(BalancerDiagnostics.MountTargetUnknown, mount.Source, target);
            return new CompiledMount(mount, routeId, MetadataKeys.LocalClusterId, pattern, target, "") { Broken = true };
        }

        var workerId = "worker:" + uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        if (!clusters.ContainsKey(workerId))
        {
            var (config, state) = MapBalancer(workerId, DirectWorker(uri, mount.Source), hosts.GetValueOrDefault(mount.Scope), diagnostics);
            clusters[workerId] = config;
            states[workerId] = state;
        }

        return new CompiledMount(mount, routeId, workerId, pattern, target, MountTable.UrlPath(target)) { NoQuery = noQuery };
    }
}
