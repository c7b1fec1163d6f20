using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>Per-request forwarding decision read by the path transform: the path after the member's own path.</summary>
internal sealed class BalancerRequest
{
    public required string BackendPath { get; init; }

    /// <summary>The server (main or vhost) that took the request: its reverse-mapping and Via settings.</summary>
    public ScopeSettings? Scope { get; init; }

    /// <summary>httpd <c>noquery</c> on the rule.</summary>
    public bool NoQuery { get; init; }
}
