using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.LoadBalancing;

public class ByRequestsLoadBalancingPolicyTests
{
    [Fact]
    public void ProxySet_lbmethod_byrequests_loadfactor_3_1_1_over_20_picks_matches_httpd()
    {
        // By hand from §4.1 (lbfactor 300/100/100, total 500):
        // (300,100,100)→a (-200,100,100); (100,200,200)→b tie keeps earlier (100,-300,200);
        // (400,-200,300)→a (-100,-200,300); (200,-100,400)→c (200,-100,-100); (500,0,0)→a (0,0,0).
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, loadFactor: 3), Member("b", 2), Member("c", 3)));

        var picks = Picks(state, policy, time, 20);

        Assert.Equal(string.Join(' ', Enumerable.Repeat("a b a c a", 4)), picks);
        Assert.Equal([0L, 0L, 0L], state.Members.Select(m => m.LbStatus));
    }

    [Fact]
    public void ProxySet_lbmethod_byrequests_loadfactor_1_2_gives_n2_n1_n2()
    {
        var (state, policy, time) = ByRequests(Spec(Member("n1", 1), Member("n2", 2, loadFactor: 2)));

        Assert.Equal("n2 n1 n2 n2 n1 n2", Picks(state, policy, time, 6));
    }

    [Fact]
    public void BalancerMember_loadfactor_equal_four_members_one_disabled_skips_it()
    {
        var (state, policy, time) = ByRequests(Spec(
            Member("a", 1), Member("b", 2, status: MemberStatus.Disabled), Member("c", 3), Member("d", 4)));

        Assert.Equal("a c d a c d", Picks(state, policy, time, 6));
    }

    [Fact]
    public void Sticky_hits_advance_lbstatus_so_cookieless_requests_go_elsewhere()
    {
        // Observation 2 of the real cluster: one new session and two sticky hits on tomcat1, then
        // the next three cookie-less requests all went to tomcat2.
        var (state, policy, time) = ByRequests(Spec(Member("tomcat1", 1), Member("tomcat2", 2)));
        var t1 = state.Members[0];

        Assert.Equal("tomcat1", Picks(state, policy, time, 1));
        lock (state.Sync)
        {
            state.AccountStickyHit(t1);
            state.AccountStickyHit(t1);
        }

        Assert.Equal(-300, t1.LbStatus);
        Assert.Equal("tomcat2 tomcat2 tomcat2 tomcat1 tomcat2", Picks(state, policy, time, 5));
    }

    [Fact]
    public void BalancerMember_lbset_lower_tier_is_used_until_it_has_no_usable_member()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, lbset: 1), Member("b", 2, lbset: 0), Member("c", 3, lbset: 0)));

        Assert.Equal("b c b c", Picks(state, policy, time, 4));
        state.Members[1].Status = MemberStatus.Disabled;
        state.Members[2].Status = MemberStatus.Stopped;
        Assert.Equal("a a", Picks(state, policy, time, 2));
    }

    [Fact]
    public void BalancerMember_status_H_hot_standby_only_when_no_normal_member_is_usable()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1), Member("b", 2), Member("h", 3, status: MemberStatus.HotStandby)));

        Assert.Equal("a b a b", Picks(state, policy, time, 4));
        MarkError(state, time, 0);

        Assert.Equal("b b", Picks(state, policy, time, 2));
        MarkError(state, time, 1);

        Assert.Equal("h h", Picks(state, policy, time, 2));
    }

    [Fact]
    public void BalancerMember_status_R_spare_replaces_one_unusable_member()
    {
        var (state, policy, time) = ByRequests(Spec(
            Member("a", 1), Member("b", 2), Member("r", 3, status: MemberStatus.HotSpare), Member("s", 4, status: MemberStatus.HotSpare)));

        Assert.Equal("a b a b", Picks(state, policy, time, 4));
        state.Members[0].Status = MemberStatus.Disabled;

        // One unusable normal member → exactly one spare (the first) joins: b and r alternate.
        Assert.Equal("b r b r", Picks(state, policy, time, 4));
    }

    [Fact]
    public void BalancerMember_status_N_draining_is_never_picked_by_the_lbmethod()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, status: MemberStatus.Draining), Member("b", 2)));

        Assert.Equal("b b b", Picks(state, policy, time, 3));
    }

    [Fact]
    public void No_usable_member_gives_no_pick()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, status: MemberStatus.Disabled), Member("b", 2, status: MemberStatus.Stopped)));

        Assert.Equal("- -", Picks(state, policy, time, 2));
    }

    [Fact]
    public void ProxySet_lbmethod_byrequests_loadfactor_1_2_3_over_18_picks_repeats_n3_n2_n1_n3_n2_n3()
    {
        // §4.1 by hand (lbfactor 100/200/300, total 600), the sequence real apache2 gives too
        // (BalancerLbMethodsDifferentialTests): (100,200,300)→n3; (200,400,0)→n2; (300,0,300)→n1 (tie keeps
        // the earlier); (-200,200,600)→n3; (-100,400,300)→n2; (0,0,600)→n3 and all are back at 0.
        var (state, policy, time) = ByRequests(Spec(Member("n1", 1), Member("n2", 2, loadFactor: 2), Member("n3", 3, loadFactor: 3)));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("n3 n2 n1 n3 n2 n3", 3)), Picks(state, policy, time, 18));
        Assert.Equal([0L, 0L, 0L], state.Members.Select(m => m.LbStatus));
    }

    [Fact]
    public void BalancerMember_lbset_tiers_weighted_within_the_tier_then_the_next_tier_when_all_are_down()
    {
        // §3.5: lbset 0 (n2 loadfactor 2, n3) serves alone; only when neither is usable does lbset 1 (n1) serve.
        var (state, policy, time) = ByRequests(Spec(Member("n1", 1, lbset: 1), Member("n2", 2, loadFactor: 2), Member("n3", 3)));

        Assert.Equal("n2 n3 n2 n2 n3 n2", Picks(state, policy, time, 6));
        MarkError(state, time, 1);

        Assert.Equal("n3 n3", Picks(state, policy, time, 2));
        MarkError(state, time, 2);

        Assert.Equal("n1 n1", Picks(state, policy, time, 2));
        // retry=60 s later the lower tier is back and takes over again.
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal("n2 n3", Picks(state, policy, time, 2));
    }

    private static void MarkError(BalancerState state, TimeProvider time, int member)
    {
        lock (state.Sync)
        {
            state.Members[member].MarkError(time.GetUtcNow());
        }
    }
}
