using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// httpd <c>lbmethod=bybusyness</c> (mod_lbmethod_bybusyness, §4.3): fewest requests in flight; on
/// equal busy the larger lbstatus wins (byrequests bookkeeping runs too); ties keep the earlier member.
/// busy is not divided by loadfactor, as in httpd 2.4.
/// </summary>
internal sealed class ByBusynessLoadBalancingPolicy(BalancerRegistry registry, TimeProvider time)
    : HttpdLoadBalancingPolicy(registry, time)
{
    public override string Name => LbMethods.ByBusyness;

    public override void Offer(ref Election election, MemberState candidate)
    {
        candidate.LbStatus += candidate.LbFactor;
        election.Total += candidate.LbFactor;
        var best = election.Best;
        if (best is null
            || candidate.Busy < best.Busy
            || (candidate.Busy == best.Busy && candidate.LbStatus > best.LbStatus))
        {
            election.Best = candidate;
        }
    }

    public override void Finish(ref Election election) => election.Best!.LbStatus -= election.Total;
}
