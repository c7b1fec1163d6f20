using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// The main server (<see cref="IsMain"/>) or one <c>&lt;VirtualHost addr:port ...&gt;</c>, with the
/// settings the balancer needs per server.
/// </summary>
public sealed record VirtualHostSpec
{
    /// <summary>"main", or "vhost:&lt;file&gt;:&lt;line&gt;" — the key mounts and balancers use for their scope.</summary>
    public required string Id { get; init; }

    public bool IsMain { get; init; }

    /// <summary><c>&lt;VirtualHost&gt;</c> addresses as written (<c>*:80</c>, <c>192.168.0.200:80</c>).</summary>
    public ImmutableArray<string> Addresses { get; init; } = [];

    /// <summary>httpd <c>ServerName</c> (with optional port).</summary>
    public string? ServerName { get; init; }

    /// <summary>httpd <c>ServerAlias</c> names.</summary>
    public ImmutableArray<string> ServerAliases { get; init; } = [];

    /// <summary>httpd <c>ProxyPreserveHost</c>, default Off.</summary>
    public bool ProxyPreserveHost { get; init; }

    /// <summary>httpd <c>ProxyVia</c>: Off, On, Full, Block; default Off.</summary>
    public string ProxyVia { get; init; } = "Off";

    /// <summary>httpd <c>ProxyTimeout</c> in seconds; null = core <c>Timeout</c>.</summary>
    public int? ProxyTimeout { get; init; }

    /// <summary>httpd core <c>Timeout</c>, seconds, default 60.</summary>
    public int Timeout { get; init; } = 60;

    /// <summary>httpd <c>ProxyPassReverse</c> rules.</summary>
    public ImmutableArray<ReverseRule> ProxyPassReverse { get; init; } = [];

    /// <summary><c>ProxyPassReverseCookiePath</c> rules.</summary>
    public ImmutableArray<ReverseRule> ProxyPassReverseCookiePath { get; init; } = [];

    /// <summary><c>ProxyPassReverseCookieDomain</c> rules.</summary>
    public ImmutableArray<ReverseRule> ProxyPassReverseCookieDomain { get; init; } = [];

    /// <summary>mod_headers <c>Header</c> directives (the ROUTEID sticky-cookie recipe).</summary>
    public ImmutableArray<HeaderRule> Headers { get; init; } = [];

    /// <summary><c>CustomLog</c> lines with their format resolved through <c>LogFormat</c> nicknames.</summary>
    public ImmutableArray<AccessLogSpec> AccessLogs { get; init; } = [];

    /// <summary><c>&lt;Location&gt;</c> blocks with <c>SetHandler balancer-manager</c>.</summary>
    public ImmutableArray<BalancerManagerSpec> BalancerManagers { get; init; } = [];

    public SourceSpan Source { get; init; }
}
