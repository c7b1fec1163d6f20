using System.Globalization;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Manager;

/// <summary>
/// Applies balancer-manager changes (httpd-proxy.md §3.10) under the balancer lock: worker fields
/// w_lf, w_ls, w_wr, w_rr and w_status_{I,N,D,H,R,S,C}; balancer fields b_lbm, b_max, b_sforce. Values out of
/// httpd's ranges are ignored, as httpd ignores them.
/// </summary>
internal static class ManagerEdits
{
    private static readonly (string Key, MemberStatus Flag)[] StatusKeys =
    [
        ("w_status_I", MemberStatus.IgnoreErrors), ("w_status_N", MemberStatus.Draining), ("w_status_D", MemberStatus.Disabled),
        ("w_status_H", MemberStatus.HotStandby), ("w_status_R", MemberStatus.HotSpare), ("w_status_S", MemberStatus.Stopped),
        ("w_status_C", MemberStatus.HealthCheckFailed),
    ];

    /// <summary>True when the nonce allows changes to <paramref name="balancer"/>.</summary>
    public static bool NonceAccepted(BalancerState balancer, IReadOnlyDictionary<string, string> parameters) =>
        balancer.Nonce.Equals("None", StringComparison.OrdinalIgnoreCase)
        || (parameters.TryGetValue("nonce", out var nonce) && nonce == balancer.Nonce);

    public static void Apply(BalancerState balancer, MemberState? member, IReadOnlyDictionary<string, string> p, ICollection<string> supportedMethods)
    {
        lock (balancer.Sync)
        {
            if (member is not null)
            {
                ApplyWorker(balancer, member, p);
            }

            if (p.TryGetValue("b_lbm", out var lbm) && supportedMethods.Contains(lbm.ToLowerInvariant()))
            {
                balancer.LbMethod = lbm.ToLowerInvariant();
                foreach (var m in balancer.Members)
                {
                    m.LbStatus = 0;
                }
            }

            if (p.TryGetValue("b_max", out var max) && int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts is >= 0 and <= 99)
            {
                balancer.MaxAttempts = attempts;
            }

            if (p.TryGetValue("b_sforce", out var sforce) && sforce is "0" or "1")
            {
                balancer.NoFailover = sforce == "1";
            }
        }
    }

    private static void ApplyWorker(BalancerState balancer, MemberState member, IReadOnlyDictionary<string, string> p)
    {
        if (p.TryGetValue("w_lf", out var lf) && decimal.TryParse(lf, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor)
            && factor is >= 1m and <= 100m)
        {
            member.LbFactor = (int)Math.Round(factor * 100m, MidpointRounding.AwayFromZero);
            foreach (var m in balancer.Members)
            {
                m.LbStatus = m.LbFactor;
            }
        }

        if (p.TryGetValue("w_ls", out var ls) && int.TryParse(ls, NumberStyles.None, CultureInfo.InvariantCulture, out var lbset) && lbset is >= 0 and <= 99)
        {
            member.LbSet = lbset;
            balancer.RefreshLbSets();
        }

        if (p.TryGetValue("w_wr", out var route) && route.Length < 64)
        {
            member.Route = route;
        }

        if (p.TryGetValue("w_rr", out var redirect) && redirect.Length < 64)
        {
            member.Redirect = redirect;
        }

        foreach (var (key, flag) in StatusKeys)
        {
            if (p.TryGetValue(key, out var value) && value is "0" or "1")
            {
                member.Status = value == "1" ? member.Status | flag : member.Status & ~flag;
            }
        }
    }
}
