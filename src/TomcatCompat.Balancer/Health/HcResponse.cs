namespace TomcatCompat.Balancer.Health;

/// <summary>What a health check saw: the status (0 when no valid status line came) and, for GET, the body.</summary>
internal readonly record struct HcResponse(int Status, string Body);
