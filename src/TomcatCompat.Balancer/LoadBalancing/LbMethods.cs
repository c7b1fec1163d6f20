using System.Collections.Frozen;

namespace TomcatCompat.Balancer.LoadBalancing;

/// <summary>
/// httpd <c>lbmethod</c> names, used verbatim as YARP load-balancing policy names. None of them
/// equals a YARP built-in (First, FirstAlphabetical, Random, RoundRobin, LeastRequests, PowerOfTwoChoices).
/// </summary>
public static class LbMethods
{
    /// <summary>mod_lbmethod_byrequests, the httpd default.</summary>
    public const string ByRequests = "byrequests";

    /// <summary>mod_lbmethod_bytraffic.</summary>
    public const string ByTraffic = "bytraffic";

    /// <summary>mod_lbmethod_bybusyness.</summary>
    public const string ByBusyness = "bybusyness";

    /// <summary>mod_lbmethod_heartbeat (not reproduced: TC4402).</summary>
    public const string Heartbeat = "heartbeat";

    /// <summary>The methods implemented here (httpd names are case-insensitive).</summary>
    public static readonly FrozenSet<string> Supported =
        new[] { ByRequests, ByTraffic, ByBusyness }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
