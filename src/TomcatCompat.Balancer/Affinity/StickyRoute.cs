namespace TomcatCompat.Balancer.Affinity;

/// <summary>
/// A route found in a request (§3.2): <see cref="Route"/> is the part after the separator (may be
/// empty), <see cref="StickyName"/> the cookie or URL name it was found under (BALANCER_SESSION_STICKY).
/// </summary>
internal readonly record struct StickyRoute(string Route, string StickyName);
