using System.Diagnostics.CodeAnalysis;
using TomcatCompat.Balancer.LoadBalancing;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>The running host's mapping: balancer state by YARP cluster id, and the mount table.</summary>
internal sealed class BalancerRegistry(YarpMapping mapping)
{
    public YarpMapping Mapping { get; } = mapping;

    public bool TryGet(string clusterId, [NotNullWhen(true)] out BalancerState? balancer) =>
        Mapping.Balancers.TryGetValue(clusterId, out balancer);
}
