using System.Runtime.InteropServices;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint;

/// <summary>
/// The topology the rules see: virtual-host copies of a balancer that share main's members
/// (<see cref="BalancerSpec.MembersFrom"/>) and agree on every balancer setting collapse into the
/// first of them, so a 2,000-member balancer used by thousands of virtual hosts is checked a
/// handful of times, not once per virtual host (every finding of a copy would repeat the first's).
/// </summary>
internal static class LintView
{
    public static Topology Of(Topology topology)
    {
        if (topology.Balancers.IsDefaultOrEmpty || topology.Balancers.All(b => b.MembersFrom is null))
            return topology;
        var seen = new HashSet<(BalancerMember[]?, string)>();
        var kept = topology.Balancers.Where(b => b.MembersFrom is null || seen.Add((ImmutableCollectionsMarshal.AsArray(b.Members), Settings(b))));
        return topology with { Balancers = [.. kept] };
    }

    private static string Settings(BalancerSpec b) => string.Join(
        '\u001f',
        b.Name, b.Origin, b.LbMethod, string.Join('|', b.StickySession), b.StickySessionSep ?? "Off", b.ScolonPathDelim, b.NoFailover,
        b.MaxAttempts, b.Timeout, string.Join(',', b.FailOnStatus), b.FailOnTimeout, b.ForceRecovery, b.Nonce ?? "", b.Growth);
}
