using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// httpd <c>lbmethod=bytraffic</c> (mod_lbmethod_bytraffic, §4.2): the smallest
/// transferred/lbfactor + read/lbfactor (integer division on the ×100 scale); ties keep the earlier member.
/// </summary>
internal sealed class ByTrafficLoadBalancingPolicy(BalancerRegistry registry, TimeProvider time)
    : HttpdLoadBalancingPolicy(registry, time)
{
    public override string Name => LbMethods.ByTraffic;

    public override void Offer(ref Election election, MemberState candidate)
    {
        if (election.Best is null || Traffic(candidate) < Traffic(election.Best))
        {
            election.Best = candidate;
        }
    }

    internal static long Traffic(MemberState member) =>
        (member.Transferred / member.LbFactor) + (member.Read / member.LbFactor);
}
