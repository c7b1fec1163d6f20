using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>A web application: its context path and what its web.xml / context.xml say about sessions.</summary>
public sealed record WebApp
{
    /// <summary>Host name the context belongs to.</summary>
    public required string Host { get; init; }

    /// <summary>"" for ROOT, else "/name".</summary>
    public required string ContextPath { get; init; }

    /// <summary>Directory (relative to the import root) or docBase.</summary>
    public string? DocBase { get; init; }

    /// <summary>web.xml <c>&lt;distributable/&gt;</c>.</summary>
    public bool Distributable { get; init; }

    /// <summary>web.xml <c>session-config/session-timeout</c>, minutes; default 30 (conf/web.xml).</summary>
    public int SessionTimeoutMinutes { get; init; } = 30;

    /// <summary><c>cookie-config/name</c>, default JSESSIONID.</summary>
    public string CookieName { get; init; } = "JSESSIONID";

    public string? CookiePath { get; init; }

    public string? CookieDomain { get; init; }

    public bool? CookieHttpOnly { get; init; }

    public bool? CookieSecure { get; init; }

    /// <summary><c>cookie-config/max-age</c>, seconds; null = -1 (browser session).</summary>
    public int? CookieMaxAge { get; init; }

    /// <summary>Context <c>cookies</c>, default true: cookie session tracking allowed.</summary>
    public bool Cookies { get; init; } = true;

    /// <summary>Valves of the <c>&lt;Context&gt;</c> (server.xml, conf/context.xml, META-INF/context.xml).</summary>
    public ImmutableArray<ValveSpec> Valves { get; init; } = [];

    /// <summary><c>tracking-mode</c> values; empty = COOKIE and URL.</summary>
    public ImmutableArray<string> TrackingModes { get; init; } = [];

    /// <summary>A <c>&lt;Manager&gt;</c> from context.xml or server.xml <c>&lt;Context&gt;</c> overriding the cluster template.</summary>
    public ComponentSpec? Manager { get; init; }

    /// <summary>The web.xml the settings came from, if any.</summary>
    public SourceSpan Source { get; init; }
}
