using System.Collections.Immutable;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Manager;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Balancer.Mapping;

internal static partial class TopologyToYarp
{
    private static ImmutableArray<ScopeSettings> BuildScopes(
        Topology topology, List<CompiledMount> mounts, Dictionary<(string Scope, string Name), string> byName,
        Dictionary<string, BalancerState> states, DiagnosticBag diagnostics)
    {
        var main = topology.VirtualHosts.FirstOrDefault(h => h.IsMain);
        var list = ImmutableArray.CreateBuilder<ScopeSettings>();
        list.Add(Scope("main", main, mounts, byName, states, diagnostics));
        foreach (var host in topology.VirtualHosts)
        {
            if (!host.IsMain && host.Id != "main")
            {
                list.Add(Scope(host.Id, host, mounts, byName, states, diagnostics));
            }
        }

        return list.ToImmutable();
    }

    /// <summary>
    /// A vhost tries the main server's rules before its own (§2.3 step 3). Its Header, ProxyPassReverse,
    /// CustomLog and balancer-manager lists already hold the main server's entries (the binder merges them).
    /// </summary>
    private static ScopeSettings Scope(
        string id, VirtualHostSpec? host, List<CompiledMount> mounts, Dictionary<(string Scope, string Name), string> byName,
        Dictionary<string, BalancerState> states, DiagnosticBag diagnostics)
    {
        var locations = ImmutableArray.CreateBuilder<CompiledMount>();
        var server = ImmutableArray.CreateBuilder<CompiledMount>();
        foreach (var pass in id == "main" ? ["main"] : new[] { "main", id })
        {
            foreach (var m in mounts)
            {
                if (m.Mount.Scope != pass)
                {
                    continue;
                }

                var copy = m with { RouteId = id + "#" + m.RouteId };
                (m.Mount.InLocation ? locations : server).Add(copy);
            }
        }

        var (serverName, serverPort) = SplitServerName(host?.ServerName);
        var settings = new ScopeSettings(id, host, locations.ToImmutable(), server.ToImmutable(), host?.Headers ?? [])
        {
            Via = ParseVia(host?.ProxyVia),
            ServerName = serverName,
            ServerPort = serverPort,
            Reverse = ReverseMapping(id, host, byName, states),
        };
        var (logs, managers) = id == "main" || host is not null ? (AccessLogs(host, diagnostics), Managers(host, diagnostics)) : ([], []);
        managers = managers.AddRange(StatusWorkers(settings));
        settings = settings with { AccessLogs = logs, Managers = managers };
        foreach (var manager in managers)
        {
            if (MountTable.Match(settings, manager.Path) is { } hit && hit.Mount.ClusterId != MetadataKeys.LocalClusterId)
            {
                diagnostics.Add(BalancerDiagnostics.ManagerShadowed, manager.Source, manager.Path, hit.Mount.Mount.Path);
            }
        }

        return settings;
    }

    /// <summary>
    /// mod_jk status workers (<c>JkMount /jk-status jk-status</c>) become balancer-manager pages for the
    /// local host only: the Require lines of their &lt;Location&gt; are not in the model.
    /// </summary>
    private static IEnumerable<ManagerLocation> StatusWorkers(ScopeSettings scope) =>
        scope.LocationMounts.Concat(scope.ServerMounts)
            .Where(m => IsStatusWorker(m.Mount))
            .Select(m => new ManagerLocation(m.Mount.Path.TrimEnd('*'), [RequireRule.Parse("local")!], m.Mount.Source));

    private static ReverseMap ReverseMapping(string id, VirtualHostSpec? host, Dictionary<(string Scope, string Name), string> byName, Dictionary<string, BalancerState> states)
    {
        if (host is null)
        {
            return ReverseMap.Empty;
        }

        var locations = ImmutableArray.CreateBuilder<ReverseMapEntry>();
        foreach (var rule in host.ProxyPassReverse)
        {
            var target = rule.Internal;
            if (target.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase))
            {
                var key = BalancerKey(target);
                if ((byName.TryGetValue((id, key), out var clusterId) || byName.TryGetValue(("main", key), out clusterId))
                    && states.TryGetValue(clusterId, out var state))
                {
                    var rest = target["balancer://".Length..];
                    var slash = rest.IndexOf('/');
                    var path = slash < 0 ? "" : rest[slash..];
                    locations.Add(new ReverseMapEntry(rule.Public, path, [.. state.Members.Select(m => m.Name)]));
                    continue;
                }
            }

            locations.Add(new ReverseMapEntry(rule.Public, target, []));
        }

        return new ReverseMap(
            locations.ToImmutable(),
            [.. host.ProxyPassReverseCookiePath.Select(r => (r.Public, r.Internal))],
            [.. host.ProxyPassReverseCookieDomain.Select(r => (r.Public, r.Internal))]);
    }

    private static ProxyViaMode ParseVia(string? value) => value?.ToLowerInvariant() switch
    {
        "on" => ProxyViaMode.On,
        "full" => ProxyViaMode.Full,
        "block" => ProxyViaMode.Block,
        _ => ProxyViaMode.Off,
    };

    private static (string? Name, int? Port) SplitServerName(string? serverName)
    {
        if (string.IsNullOrEmpty(serverName))
        {
            return (null, null);
        }

        // "ServerName [scheme://]name[:port]"
        var name = serverName;
        var scheme = name.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            name = name[(scheme + 3)..];
        }

        var colon = name.LastIndexOf(':');
        if (colon > 0 && !name.EndsWith(']') && int.TryParse(name.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            return (name[..colon], port);
        }

        return (name, null);
    }

    private static ImmutableArray<RouteConfig> BuildRoutes(ImmutableArray<ScopeSettings> scopes, DiagnosticBag diagnostics)
    {
        var routes = ImmutableArray.CreateBuilder<RouteConfig>();
        foreach (var scope in scopes)
        {
            var transforms = Transforms(scope.Host);

            foreach (var rule in scope.Host?.Headers ?? [])
            {
                if (!HeaderRuleMiddleware.IsSupported(rule))
                {
                    diagnostics.Add(BalancerDiagnostics.HeaderRuleUnsupported, rule.Source, rule.Action, rule.Name);
                }
            }

            var order = 0;
            foreach (var mount in scope.LocationMounts.Concat(scope.ServerMounts))
            {
                routes.Add(new RouteConfig
                {
                    RouteId = mount.RouteId,
                    ClusterId = mount.ClusterId,
                    Order = order++,
                    Match = new RouteMatch { Path = Template(mount.Mount) },
                    Transforms = transforms,
                    Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [MetadataKeys.Scope] = scope.Id,
                        [MetadataKeys.MountPath] = mount.Mount.Path,
                    },
                });
            }
        }

        // Every request enters the proxy pipeline, where the exact httpd matcher decides.
        routes.Add(new RouteConfig
        {
            RouteId = MetadataKeys.FallbackRouteId,
            ClusterId = MetadataKeys.LocalClusterId,
            Order = int.MaxValue,
            Match = new RouteMatch { Path = "/{**tcRest}" },
        });
        return routes.ToImmutable();
    }

    /// <summary>An ASP.NET template that matches at least what the httpd prefix rule matches.</summary>
    internal static string Template(Mount mount)
    {
        var path = mount.Path;
        if (mount.IsRegex || path.Length == 0 || path[0] != '/' || path.AsSpan().IndexOfAny("{}?*\\") >= 0 || path.Contains("//", StringComparison.Ordinal))
        {
            return "/{**tcRest}";
        }

        return path.TrimEnd('/') + "/{**tcRest}";
    }

    /// <summary>httpd's request headers (§6.1): X-Forwarded-For/Host appended, X-Forwarded-Server set, no Proto/Prefix.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Transforms(VirtualHostSpec? host)
    {
        var list = new List<IReadOnlyDictionary<string, string>>
        {
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["X-Forwarded"] = "Append", ["For"] = "Append", ["Host"] = "Append", ["Proto"] = "Off", ["Prefix"] = "Off",
            },
        };
        var serverName = host?.ServerName;
        if (!string.IsNullOrEmpty(serverName))
        {
            var colon = serverName.LastIndexOf(':');
            var bare = colon > 0 && !serverName.EndsWith(']') ? serverName[..colon] : serverName;
            list.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["RequestHeader"] = "X-Forwarded-Server", ["Set"] = bare });
        }

        if (host?.ProxyPreserveHost == true)
        {
            list.Add(new Dictionary<string, string>(StringComparer.Ordinal) { ["RequestHeaderOriginalHost"] = "true" });
        }

        return list;
    }
}
