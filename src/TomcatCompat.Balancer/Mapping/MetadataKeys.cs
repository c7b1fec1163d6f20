namespace TomcatCompat.Balancer.Mapping;

/// <summary>Keys of the httpd parameters carried in YARP Metadata (strings, for inspection; parsed once into state).</summary>
internal static class MetadataKeys
{
    public const string Balancer = "httpd.balancer";
    public const string Scope = "httpd.scope";
    public const string MountPath = "httpd.mount.path";
    public const string ConnectTimeoutMs = "httpd.connectiontimeout.ms";
    /// <summary>Read timeout in seconds for members without <c>timeout=</c>: ProxyTimeout, else core Timeout.</summary>
    public const string DefaultTimeout = "httpd.timeout.default";
    public const string StickySession = "httpd.stickysession";
    public const string Route = "httpd.route";
    public const string LoadFactor = "httpd.loadfactor";
    public const string LbSet = "httpd.lbset";
    public const string Status = "httpd.status";
    public const string Retry = "httpd.retry";
    public const string Redirect = "httpd.redirect";

    /// <summary>Cluster with no members: exclusions ('!') and the catch-all answer locally.</summary>
    public const string LocalClusterId = "tc:local";

    public const string FallbackRouteId = "tc:fallback";
}
