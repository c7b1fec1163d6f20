using Microsoft.AspNetCore.Http;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// The YARP face of an httpd lbmethod: picks among the cluster's members with httpd's tiering and
/// the method's <c>is_best</c>. Members come from the <see cref="BalancerRegistry"/>, not from YARP's
/// destination health, because httpd's flags (D/S/E/N/H/R) decide usability.
/// </summary>
internal abstract class HttpdLoadBalancingPolicy(BalancerRegistry registry, TimeProvider time)
    : ILoadBalancingPolicy, IHttpdLbMethod
{
    public abstract string Name { get; }

    public abstract void Offer(ref Election election, MemberState candidate);

    public virtual void Finish(ref Election election)
    {
    }

    public DestinationState? PickDestination(HttpContext context, ClusterState cluster, IReadOnlyList<DestinationState> availableDestinations)
    {
        if (!registry.TryGet(cluster.ClusterId, out var balancer))
        {
            return null;
        }

        MemberState? chosen;
        lock (balancer.Sync)
        {
            chosen = MemberSelector.Choose(balancer, this, time.GetUtcNow());
        }

        if (chosen is null)
        {
            return null;
        }

        foreach (var destination in availableDestinations)
        {
            if (destination.DestinationId == chosen.DestinationId)
            {
                return destination;
            }
        }

        return null;
    }
}
