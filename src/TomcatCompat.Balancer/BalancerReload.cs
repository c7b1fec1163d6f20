using Microsoft.Extensions.DependencyInjection;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Balancer;

/// <summary>
/// Hands a new <see cref="YarpMapping"/> to a running host. YARP and the registry are two places, so
/// the swap goes in three steps that never leave a request without the route or cluster its mapping
/// names: YARP gets the union of old and new, the registry switches, then YARP drops what is gone.
/// </summary>
internal static class BalancerReload
{
    /// <summary>How long the previous generation's access-log files stay open after a reload.</summary>
    public static readonly TimeSpan LogRetireDelay = TimeSpan.FromSeconds(30);

    public static void Swap(IServiceProvider services, BalancerRegistry registry, YarpMapping next)
    {
        var provider = services.GetRequiredService<InMemoryConfigProvider>();
        var old = registry.Mapping;
        var routes = next.Routes.ToDictionary(r => r.RouteId, StringComparer.Ordinal);
        foreach (var route in old.Routes)
        {
            routes.TryAdd(route.RouteId, route);
        }

        var clusters = next.Clusters.ToDictionary(c => c.ClusterId, StringComparer.Ordinal);
        foreach (var cluster in old.Clusters)
        {
            clusters.TryAdd(cluster.ClusterId, cluster);
        }

        provider.Update([.. routes.Values], [.. clusters.Values]);
        registry.Swap(next);
        provider.Update([.. next.Routes], [.. next.Clusters]);
    }
}
