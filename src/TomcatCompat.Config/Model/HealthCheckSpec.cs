using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>mod_proxy_hcheck worker parameters (httpd-proxy.md §5), template and expression resolved.</summary>
public sealed record HealthCheckSpec
{
    /// <summary><c>hcmethod</c>: TCP, OPTIONS, HEAD, GET, OPTIONS11, HEAD11, GET11, CPING.</summary>
    public required string Method { get; init; }

    /// <summary><c>hcuri</c>.</summary>
    public string Uri { get; init; } = "";

    /// <summary><c>hcinterval</c>, ms, default 30000.</summary>
    public int IntervalMs { get; init; } = 30_000;

    /// <summary><c>hcpasses</c>, default 1.</summary>
    public int Passes { get; init; } = 1;

    /// <summary><c>hcfails</c>, default 1.</summary>
    public int Fails { get; init; } = 1;

    /// <summary>Name of the <c>ProxyHCExpr</c> (<c>hcexpr</c>).</summary>
    public string? ExpressionName { get; init; }

    /// <summary>The expression text of that <c>ProxyHCExpr</c>.</summary>
    public string? Expression { get; init; }

    /// <summary><c>hctemplate</c> used, if any.</summary>
    public string? Template { get; init; }

    public SourceSpan Source { get; init; }
}
