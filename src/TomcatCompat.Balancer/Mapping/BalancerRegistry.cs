using System.Diagnostics.CodeAnalysis;
using TomcatCompat.Balancer.LoadBalancing;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// The running host's mapping: balancer state by YARP cluster id, and the mount table. A reload
/// (SIGHUP) replaces the whole mapping in one reference write, so a request sees either the old or
/// the new configuration, never a mix.
/// </summary>
internal sealed class BalancerRegistry(YarpMapping mapping)
{
    private volatile YarpMapping _mapping = mapping;

    public YarpMapping Mapping => _mapping;

    public bool TryGet(string clusterId, [NotNullWhen(true)] out BalancerState? balancer) =>
        _mapping.Balancers.TryGetValue(clusterId, out balancer);

    /// <summary>Makes <paramref name="next"/> the mapping every following request uses.</summary>
    public void Swap(YarpMapping next) => _mapping = next;
}
