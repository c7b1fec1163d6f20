using TomcatCompat.Balancer.Affinity;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Affinity;

public class StickyRoutePolicyTests
{
    [Fact]
    public void BalancerMember_status_N_draining_keeps_sticky_users()
    {
        var (state, _, time) = ByRequests(Spec(Member("n1", 1, status: MemberStatus.Draining), Member("n2", 2)));

        lock (state.Sync)
        {
            Assert.Same(state.Members[0], StickyRoutePolicy.FindMember(state, "n1", time.GetUtcNow(), out var redirected));
            Assert.False(redirected);
        }
    }

    [Fact]
    public void BalancerMember_status_D_disabled_loses_sticky_users()
    {
        var (state, _, time) = ByRequests(Spec(Member("n1", 1, status: MemberStatus.Disabled), Member("n2", 2)));

        lock (state.Sync)
        {
            Assert.Null(StickyRoutePolicy.FindMember(state, "n1", time.GetUtcNow(), out _));
            Assert.False(StickyRoutePolicy.MustRefuse(state, "n1"));
        }
    }

    [Fact]
    public void Nofailover_On_refuses_a_known_route_whose_member_is_unusable()
    {
        var spec = Spec(Member("n1", 1, status: MemberStatus.Stopped), Member("n2", 2)) with { NoFailover = true };
        var (state, _, time) = ByRequests(spec);

        lock (state.Sync)
        {
            Assert.Null(StickyRoutePolicy.FindMember(state, "n1", time.GetUtcNow(), out _));
            Assert.True(StickyRoutePolicy.MustRefuse(state, "n1"));
            Assert.False(StickyRoutePolicy.MustRefuse(state, "zz"));
        }
    }

    [Fact]
    public void BalancerMember_redirect_is_followed_and_marks_route_changed()
    {
        var (state, _, time) = ByRequests(Spec(Member("n1", 1, status: MemberStatus.Disabled, redirect: "n2"), Member("n2", 2)));

        lock (state.Sync)
        {
            Assert.Same(state.Members[1], StickyRoutePolicy.FindMember(state, "n1", time.GetUtcNow(), out var redirected));
            Assert.True(redirected);
        }
    }

    [Fact]
    public void BalancerMember_status_H_standby_serves_its_own_route()
    {
        var (state, _, time) = ByRequests(Spec(Member("n1", 1), Member("n3", 3, status: MemberStatus.HotStandby)));

        lock (state.Sync)
        {
            Assert.Same(state.Members[1], StickyRoutePolicy.FindMember(state, "n3", time.GetUtcNow(), out _));
        }
    }

    [Fact]
    public void Route_match_is_case_sensitive_and_empty_route_never_matches()
    {
        var (state, _, time) = ByRequests(Spec(Member("n1", 1)));

        lock (state.Sync)
        {
            Assert.Null(StickyRoutePolicy.FindMember(state, "N1", time.GetUtcNow(), out _));
            Assert.Null(StickyRoutePolicy.FindMember(state, "", time.GetUtcNow(), out _));
        }
    }
}
