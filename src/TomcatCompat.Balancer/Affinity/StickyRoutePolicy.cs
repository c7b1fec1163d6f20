using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Affinity;

/// <summary>
/// httpd's member-by-route lookup (httpd-proxy.md §3.3–§3.4): non-standby members first, then hot
/// standbys; a member in error gets the retry check; <c>redirect=</c> is followed. Draining (N) members
/// keep their sticky users; disabled (D) and stopped (S) members lose them.
/// </summary>
internal static class StickyRoutePolicy
{
    /// <summary>
    /// Finds the usable member for <paramref name="route"/>, or null. Caller holds
    /// <see cref="BalancerState.Sync"/>. <paramref name="redirected"/> is true when the member's route
    /// differs from the requested one (BALANCER_ROUTE_CHANGED).
    /// </summary>
    public static MemberState? FindMember(BalancerState balancer, string route, DateTimeOffset now, out bool redirected)
    {
        redirected = false;
        if (route.Length == 0)
        {
            return null;
        }

        var member = Find(balancer, route, now, depth: 0);
        redirected = member is not null && !string.Equals(member.Route, route, StringComparison.Ordinal);
        return member;
    }

    /// <summary>
    /// httpd <c>nofailover=On</c>: the request fails with 503 (AH01167) when a route was found, no usable
    /// member serves it, and some member carries exactly that route.
    /// </summary>
    public static bool MustRefuse(BalancerState balancer, string route)
    {
        if (!balancer.NoFailover || route.Length == 0)
        {
            return false;
        }

        foreach (var member in balancer.Members)
        {
            if (string.Equals(member.Route, route, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static MemberState? Find(BalancerState balancer, string route, DateTimeOffset now, int depth)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var wantStandby = pass == 1;
            foreach (var member in balancer.Members)
            {
                if (member.Has(MemberStatus.HotStandby) != wantStandby
                    || !string.Equals(member.Route, route, StringComparison.Ordinal))
                {
                    continue;
                }

                if (member.IsUsable)
                {
                    return member;
                }

                member.TryRecover(now);
                if (member.IsUsable)
                {
                    return member;
                }

                var redirect = member.Redirect;
                if (!string.IsNullOrEmpty(redirect) && depth < balancer.Members.Length)
                {
                    var target = Find(balancer, redirect, now, depth + 1);
                    if (target is not null)
                    {
                        return target;
                    }
                }
            }
        }

        return null;
    }
}
