using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// httpd <c>lbmethod=byrequests</c> (mod_lbmethod_byrequests, §4.1): smooth weighted round robin.
/// Each candidate gains its lbfactor; the highest lbstatus wins (strictly, so ties keep the earlier
/// member) and pays the round's total.
/// </summary>
internal sealed class ByRequestsLoadBalancingPolicy(BalancerRegistry registry, TimeProvider time)
    : HttpdLoadBalancingPolicy(registry, time)
{
    public override string Name => LbMethods.ByRequests;

    public override void Offer(ref Election election, MemberState candidate)
    {
        candidate.LbStatus += candidate.LbFactor;
        election.Total += candidate.LbFactor;
        if (election.Best is null || candidate.LbStatus > election.Best.LbStatus)
        {
            election.Best = candidate;
        }
    }

    public override void Finish(ref Election election) => election.Best!.LbStatus -= election.Total;
}
