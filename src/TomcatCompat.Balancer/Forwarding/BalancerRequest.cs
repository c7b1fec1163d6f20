namespace TomcatCompat.Balancer.Forwarding;

/// <summary>Per-request forwarding decision read by the path transform: the path after the member's own path.</summary>
internal sealed class BalancerRequest
{
    public required string BackendPath { get; init; }

    /// <summary>httpd <c>noquery</c> on the rule.</summary>
    public bool NoQuery { get; init; }
}
