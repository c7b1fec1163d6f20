using System.Collections.Immutable;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Balancer.Mapping;

internal static partial class TopologyToYarp
{
    private static ImmutableArray<ScopeSettings> BuildScopes(Topology topology, List<CompiledMount> mounts)
    {
        var main = topology.VirtualHosts.FirstOrDefault(h => h.IsMain);
        var list = ImmutableArray.CreateBuilder<ScopeSettings>();
        list.Add(Scope("main", main, main, mounts));
        foreach (var host in topology.VirtualHosts)
        {
            if (!host.IsMain && host.Id != "main")
            {
                list.Add(Scope(host.Id, host, main, mounts));
            }
        }

        return list.ToImmutable();
    }

    /// <summary>A vhost tries the main server's rules before its own (§2.3 step 3).</summary>
    private static ScopeSettings Scope(string id, VirtualHostSpec? host, VirtualHostSpec? main, List<CompiledMount> mounts)
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

        ImmutableArray<HeaderRule> headers = id == "main" || main is null
            ? host?.Headers ?? []
            : [.. main.Headers, .. host?.Headers ?? []];
        return new ScopeSettings(id, host, locations.ToImmutable(), server.ToImmutable(), headers);
    }

    private static ImmutableArray<RouteConfig> BuildRoutes(ImmutableArray<ScopeSettings> scopes, DiagnosticBag diagnostics)
    {
        var routes = ImmutableArray.CreateBuilder<RouteConfig>();
        foreach (var scope in scopes)
        {
            var transforms = Transforms(scope.Host);
            if (scope.Host is { } host && !host.ProxyVia.Equals("Off", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(BalancerDiagnostics.ProxyViaUnsupported, host.Source, host.ProxyVia);
            }

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
