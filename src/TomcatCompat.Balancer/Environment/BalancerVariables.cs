namespace TomcatCompat.Balancer.Environment;

/// <summary>
/// The request environment variables mod_proxy_balancer sets (httpd-proxy.md §3.9), kept as an
/// HttpContext feature so Header rules and access logs can read them as <c>%{NAME}e</c>.
/// Null means unset (mod_headers prints "(null)").
/// </summary>
internal sealed class BalancerVariables
{
    public const string BalancerNameKey = "BALANCER_NAME";
    public const string WorkerNameKey = "BALANCER_WORKER_NAME";
    public const string WorkerRouteKey = "BALANCER_WORKER_ROUTE";
    public const string SessionStickyKey = "BALANCER_SESSION_STICKY";
    public const string SessionRouteKey = "BALANCER_SESSION_ROUTE";
    public const string RouteChangedKey = "BALANCER_ROUTE_CHANGED";

    /// <summary>BALANCER_NAME: e.g. <c>balancer://c1</c>.</summary>
    public string? BalancerName { get; set; }

    /// <summary>BALANCER_WORKER_NAME: the member's normalised URL.</summary>
    public string? WorkerName { get; set; }

    /// <summary>BALANCER_WORKER_ROUTE: the member's route, empty when it has none.</summary>
    public string? WorkerRoute { get; set; }

    /// <summary>BALANCER_SESSION_STICKY: the cookie or URL name the route came from.</summary>
    public string? SessionSticky { get; set; }

    /// <summary>BALANCER_SESSION_ROUTE: the route found in the request, even when no member matched.</summary>
    public string? SessionRoute { get; set; }

    /// <summary>BALANCER_ROUTE_CHANGED: "1" when the lbmethod (or a redirect) chose the member under stickysession.</summary>
    public string? RouteChanged { get; set; }

    /// <summary>True once a backend response is being relayed (mod_headers "onsuccess" rules apply).</summary>
    public bool Proxied { get; set; }

    /// <summary>Looks a variable up by its httpd name; unknown names are unset.</summary>
    public string? Get(string name) => name switch
    {
        BalancerNameKey => BalancerName,
        WorkerNameKey => WorkerName,
        WorkerRouteKey => WorkerRoute,
        SessionStickyKey => SessionSticky,
        SessionRouteKey => SessionRoute,
        RouteChangedKey => RouteChanged,
        _ => null,
    };
}
