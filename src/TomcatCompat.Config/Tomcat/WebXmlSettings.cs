using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>What one web.xml says about sessions (§17); null members were not given.</summary>
internal sealed record WebXmlSettings
{
    /// <summary><c>&lt;distributable/&gt;</c> present.</summary>
    public bool Distributable { get; init; }

    /// <summary><c>session-config/session-timeout</c>, minutes.</summary>
    public int? SessionTimeout { get; init; }

    public string? CookieName { get; init; }

    public string? CookiePath { get; init; }

    public string? CookieDomain { get; init; }

    public bool? CookieHttpOnly { get; init; }

    public bool? CookieSecure { get; init; }

    public int? CookieMaxAge { get; init; }

    public ImmutableArray<string> TrackingModes { get; init; } = [];

    public SourceSpan Source { get; init; }
}
