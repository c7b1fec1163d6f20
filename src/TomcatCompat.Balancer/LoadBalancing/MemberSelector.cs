using TomcatCompat.Balancer.Health;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// httpd 2.4.34+'s common "find best worker" routine (httpd-proxy.md §3.5): lbset tiers, draining
/// members skipped, hot spares replacing unusable members one for one, hot standbys only when the tier
/// yielded nothing. The lbmethod decides among the candidates offered.
/// </summary>
internal static class MemberSelector
{
    /// <summary>Chooses a member without a route. Caller holds <see cref="BalancerState.Sync"/>.</summary>
    public static MemberState? Choose(BalancerState balancer, IHttpdLbMethod method, DateTimeOffset now)
    {
        var members = balancer.Members;
        // Small per-call lists; sized once per request, never per member.
        List<MemberState>? spares = null;
        List<MemberState>? standbys = null;
        foreach (var lbset in balancer.LbSets)
        {
            spares?.Clear();
            standbys?.Clear();
            var election = default(Election);
            var unusable = 0;
            foreach (var member in members)
            {
                if (member.LbSet != lbset)
                {
                    continue;
                }

                var spare = member.Has(MemberStatus.HotSpare);
                var standby = member.Has(MemberStatus.HotStandby);
                if (member.Has(MemberStatus.Draining))
                {
                    if (!spare && !standby)
                    {
                        unusable++;
                    }

                    continue;
                }

                if (!member.IsUsable)
                {
                    member.TryRecover(now);
                }

                var usable = member.IsUsable;
                if (spare)
                {
                    if (usable)
                    {
                        (spares ??= []).Add(member);
                    }
                }
                else if (standby)
                {
                    if (usable)
                    {
                        (standbys ??= []).Add(member);
                    }
                }
                else if (usable)
                {
                    method.Offer(ref election, member);
                }
                else
                {
                    unusable++;
                }
            }

            var spareCount = Math.Min(spares?.Count ?? 0, unusable);
            for (var i = 0; i < spareCount; i++)
            {
                method.Offer(ref election, spares![i]);
            }

            if (election.Best is null && standbys is not null)
            {
                foreach (var member in standbys)
                {
                    method.Offer(ref election, member);
                }
            }

            if (election.Best is { } best)
            {
                method.Finish(ref election);
                best.Elected++;
                return best;
            }
        }

        return null;
    }
}
