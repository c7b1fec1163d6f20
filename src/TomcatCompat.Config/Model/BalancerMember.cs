using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// One <c>BalancerMember</c> (or mod_jk ajp13 sub-worker), worker parameters made explicit
/// (httpd-proxy.md §2.5). Times are in milliseconds unless the name says otherwise.
/// </summary>
public sealed record BalancerMember
{
    /// <summary>Normalised worker name: scheme and host lowercased, default port removed.</summary>
    public required string Url { get; init; }

    public required string Scheme { get; init; }

    public required string Host { get; init; }

    /// <summary>Explicit or scheme-default port.</summary>
    public int Port { get; init; }

    /// <summary>Path part of the member URL (prefixed to the forwarded path).</summary>
    public string Path { get; init; } = "";

    /// <summary><c>route=</c> (mod_jk: <c>route</c>, default the worker name).</summary>
    public string? Route { get; init; }

    /// <summary><c>loadfactor</c>, 1–100 with two decimals (mod_jk <c>lbfactor</c>).</summary>
    public decimal LoadFactor { get; init; } = 1m;

    /// <summary><c>lbset</c> tier 0–99 (mod_jk <c>distance</c>).</summary>
    public int LbSet { get; init; }

    /// <summary><c>status=</c> flags.</summary>
    public MemberStatus Status { get; init; }

    /// <summary><c>redirect=</c> route.</summary>
    public string? Redirect { get; init; }

    /// <summary><c>retry</c>, seconds, default 60.</summary>
    public int Retry { get; init; } = 60;

    /// <summary><c>timeout</c>, seconds; null = ProxyTimeout, else core Timeout.</summary>
    public int? Timeout { get; init; }

    /// <summary><c>connectiontimeout</c>, ms; null = timeout.</summary>
    public int? ConnectionTimeoutMs { get; init; }

    /// <summary><c>ping</c>, ms; 0 = off.</summary>
    public int PingMs { get; init; }

    /// <summary><c>acquire</c>, ms; null = no wait.</summary>
    public int? AcquireMs { get; init; }

    /// <summary><c>max</c> pooled connections; null = ThreadsPerChild.</summary>
    public int? Max { get; init; }

    /// <summary><c>ttl</c>, seconds; null = unset.</summary>
    public int? Ttl { get; init; }

    /// <summary><c>keepalive</c>, default Off.</summary>
    public bool KeepAlive { get; init; }

    /// <summary><c>disablereuse</c>, default Off.</summary>
    public bool DisableReuse { get; init; }

    /// <summary>AJP <c>secret</c> (redacted in output unless --show-secrets).</summary>
    public string? Secret { get; init; }

    /// <summary>mod_proxy_hcheck parameters, null when <c>hcmethod</c> is NONE/absent.</summary>
    public HealthCheckSpec? HealthCheck { get; init; }

    /// <summary>Name of the Tomcat node this member forwards to, when bound.</summary>
    public string? Node { get; init; }

    /// <summary>httpd <c>unix:/path|scheme://...</c>: the Unix socket path; null for TCP (unsupported, TC4001).</summary>
    public string? UnixSocket { get; init; }

    /// <summary>Every parameter exactly as written (key lowercased).</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
