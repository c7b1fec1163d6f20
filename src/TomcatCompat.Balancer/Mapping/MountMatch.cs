namespace TomcatCompat.Balancer.Mapping;

/// <summary>The rule that took a request and the path to send to the member (before the member's own path).</summary>
internal readonly record struct MountMatch(CompiledMount Mount, string BackendPath);
