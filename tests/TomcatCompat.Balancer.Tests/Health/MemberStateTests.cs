using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Health;

public class MemberStateTests
{
    [Fact]
    public void BalancerMember_retry_60_member_in_error_is_skipped_until_retry_has_passed()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, retry: 60), Member("b", 2)) with { ForceRecovery = false });
        lock (state.Sync)
        {
            state.Members[0].MarkError(time.GetUtcNow());
        }

        Assert.Equal("b b", Picks(state, policy, time, 2));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("b", Picks(state, policy, time, 1));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("a", Picks(state, policy, time, 2));
        Assert.Equal(1, state.Members[0].Retries);
    }

    [Fact]
    public void BalancerMember_status_I_never_enters_error()
    {
        var (state, _, time) = ByRequests(Spec(Member("a", 1, status: MemberStatus.IgnoreErrors)));

        lock (state.Sync)
        {
            Assert.False(state.Members[0].MarkError(time.GetUtcNow()));
        }

        Assert.True(state.Members[0].IsUsable);
    }

    [Fact]
    public void ProxySet_forcerecovery_On_clears_error_when_every_member_is_in_error()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1), Member("b", 2)));
        lock (state.Sync)
        {
            state.Members[0].MarkError(time.GetUtcNow());
            state.Members[1].MarkError(time.GetUtcNow());
        }

        Assert.Equal("a", Picks(state, policy, time, 1));
        Assert.All(state.Members, m => Assert.Equal(1, m.Retries));
    }

    [Fact]
    public void ProxySet_forcerecovery_Off_waits_for_retry()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1), Member("b", 2)) with { ForceRecovery = false });
        lock (state.Sync)
        {
            state.Members[0].MarkError(time.GetUtcNow());
            state.Members[1].MarkError(time.GetUtcNow());
        }

        Assert.Equal("-", Picks(state, policy, time, 1));
    }

    [Fact]
    public void Forcerecovery_ignores_members_that_are_only_disabled()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1), Member("b", 2, status: MemberStatus.Disabled)));
        lock (state.Sync)
        {
            state.Members[0].MarkError(time.GetUtcNow());
        }

        Assert.Equal("-", Picks(state, policy, time, 1));
    }

    [Fact]
    public void BalancerMember_status_S_stopped_in_error_is_never_retried()
    {
        var (state, policy, time) = ByRequests(Spec(Member("a", 1, status: MemberStatus.Stopped | MemberStatus.InError, retry: 0), Member("b", 2)));

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("b b", Picks(state, policy, time, 2));
    }

    [Fact]
    public void BalancerSpec_maxattempts_defaults_to_members_minus_one()
    {
        Assert.Equal(2, ByRequests(Spec(Member("a", 1), Member("b", 2), Member("c", 3))).State.MaxAttempts);
        Assert.Equal(0, ByRequests(Spec(Member("a", 1))).State.MaxAttempts);
        Assert.Equal(5, ByRequests(Spec(Member("a", 1)) with { MaxAttempts = 5 }).State.MaxAttempts);
    }
}
