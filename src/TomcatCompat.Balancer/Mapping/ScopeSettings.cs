using System.Collections.Immutable;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Balancer.Logging;
using TomcatCompat.Balancer.Manager;
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
    ImmutableArray<HeaderRule> Headers)
{
    /// <summary>ProxyPassReverse, ProxyPassReverseCookiePath and ProxyPassReverseCookieDomain, compiled.</summary>
    public ReverseMap Reverse { get; init; } = ReverseMap.Empty;

    /// <summary>httpd <c>ProxyVia</c>, default Off.</summary>
    public ProxyViaMode Via { get; init; }

    /// <summary>httpd <c>ServerName</c> without its port; null when unset.</summary>
    public string? ServerName { get; init; }

    /// <summary>The port written in <c>ServerName</c>, if any.</summary>
    public int? ServerPort { get; init; }

    /// <summary>CustomLog lines of this server, compiled.</summary>
    public ImmutableArray<AccessLogFormat> AccessLogs { get; init; } = [];

    /// <summary><c>&lt;Location&gt;</c> blocks with <c>SetHandler balancer-manager</c>.</summary>
    public ImmutableArray<ManagerLocation> Managers { get; init; } = [];
}
