using System.Collections.Immutable;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// What one server (main or a virtual host) applies to a request: its rules in httpd's try order
/// (Location rules, then the main server's list, then the vhost's own, §2.3) and its Header rules.
/// </summary>
internal sealed record ScopeSettings(
    string Id,
    VirtualHostSpec? Host,
    ImmutableArray<CompiledMount> LocationMounts,
    ImmutableArray<CompiledMount> ServerMounts,
    ImmutableArray<HeaderRule> Headers);
