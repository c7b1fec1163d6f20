using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// Run-time state of one httpd balancer (one YARP cluster): its members' shared records and the
/// lock that serialises selection, as httpd's balancer mutex does.
/// </summary>
internal sealed class BalancerState
{
    private readonly FrozenDictionary<string, MemberState> _byDestination;

    public BalancerState(string clusterId, BalancerSpec spec, ImmutableArray<MemberState> members)
    {
        ClusterId = clusterId;
        Spec = spec;
        Members = members;
        _byDestination = members.ToFrozenDictionary(m => m.DestinationId, StringComparer.Ordinal);
        LbSets = [.. members.Select(m => m.LbSet).Distinct().Order()];
        // httpd sets maxattempts to members−1 at child start when it was not configured.
        MaxAttempts = spec.MaxAttempts ?? (members.Length > 1 ? members.Length - 1 : 0);
        NoFailover = spec.NoFailover;
        LbMethod = spec.LbMethod;
        // httpd makes a UUID per start unless nonce= is given; "None" switches the check off.
        Nonce = string.IsNullOrEmpty(spec.Nonce) ? Guid.NewGuid().ToString() : spec.Nonce;
    }

    public string ClusterId { get; }

    public BalancerSpec Spec { get; }

    /// <summary>Members in definition order.</summary>
    public ImmutableArray<MemberState> Members { get; }

    /// <summary>Distinct lbset values, ascending (§3.5 tiers).</summary>
    public ImmutableArray<int> LbSets { get; private set; }

    /// <summary>httpd <c>maxattempts</c> after defaulting: extra tries after the first (balancer-manager b_max).</summary>
    public int MaxAttempts { get; set; }

    /// <summary>httpd <c>nofailover</c> (balancer-manager b_sforce).</summary>
    public bool NoFailover { get; set; }

    /// <summary>httpd <c>lbmethod</c> in force (balancer-manager b_lbm).</summary>
    public string LbMethod { get; set; }

    /// <summary>httpd balancer <c>nonce</c> the balancer-manager requires for changes; "None" disables the check.</summary>
    public string Nonce { get; }

    /// <summary>Recomputes the lbset tiers after the balancer-manager changed a member's lbset. Caller holds <see cref="Sync"/>.</summary>
    public void RefreshLbSets() => LbSets = [.. Members.Select(m => m.LbSet).Distinct().Order()];

    /// <summary>Guards every member's flags and lbstatus.</summary>
    public Lock Sync { get; } = new();

    /// <summary>True when <c>stickysession</c> is configured (route logic and BALANCER_ROUTE_CHANGED).</summary>
    public bool IsSticky => !Spec.StickySession.IsDefaultOrEmpty;

    public MemberState? FindByDestination(string destinationId) =>
        _byDestination.GetValueOrDefault(destinationId);

    /// <summary>
    /// httpd <c>forcerecovery</c> (§3.7), run at the start of each request: when every member is in
    /// error, try the retry check on each and, if all are still in error, clear E on all of them.
    /// Caller holds <see cref="Sync"/>.
    /// </summary>
    public void ForceRecovery(DateTimeOffset now)
    {
        if (!Spec.ForceRecovery || Members.IsEmpty || !AllInError())
        {
            return;
        }

        foreach (var member in Members)
        {
            member.TryRecover(now);
        }

        if (!AllInError())
        {
            return;
        }

        foreach (var member in Members)
        {
            member.Status &= ~MemberStatus.InError;
            member.Retries++;
        }
    }

    /// <summary>
    /// §3.5.1: a sticky hit still pays its byrequests share: every usable member gains its lbfactor
    /// and the sum is taken from the chosen member. Caller holds <see cref="Sync"/>.
    /// </summary>
    public void AccountStickyHit(MemberState chosen)
    {
        long total = 0;
        foreach (var member in Members)
        {
            if (member.IsUsable)
            {
                member.LbStatus += member.LbFactor;
                total += member.LbFactor;
            }
        }

        chosen.LbStatus -= total;
        chosen.Elected++;
    }

    private bool AllInError()
    {
        foreach (var member in Members)
        {
            if (!member.Has(MemberStatus.InError))
            {
                return false;
            }
        }

        return true;
    }
}
