using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// What one <c>&lt;Context&gt;</c> (server.xml, conf/context.xml, context.xml.default,
/// conf/&lt;Engine&gt;/&lt;Host&gt;/app.xml, META-INF/context.xml) says about sessions. Layers are
/// combined with <see cref="Over"/>: the more specific file wins, valves accumulate.
/// </summary>
internal sealed record ContextSettings
{
    public static ContextSettings Empty { get; } = new();

    /// <summary><c>Context@path</c>; meaningful only in server.xml.</summary>
    public string? Path { get; init; }

    /// <summary><c>Context@docBase</c>, absolute or relative to the Host's appBase.</summary>
    public string? DocBase { get; init; }

    public ComponentSpec? Manager { get; init; }

    /// <summary><c>Context@sessionCookieName</c>: wins over web.xml.</summary>
    public string? SessionCookieName { get; init; }

    public string? SessionCookiePath { get; init; }

    public string? SessionCookieDomain { get; init; }

    /// <summary><c>Context@useHttpOnly</c>, default true.</summary>
    public bool? UseHttpOnly { get; init; }

    /// <summary><c>Context@cookies</c>, default true.</summary>
    public bool? Cookies { get; init; }

    public ImmutableArray<ValveSpec> Valves { get; init; } = [];

    public SourceSpan? Source { get; init; }

    /// <summary><paramref name="specific"/> laid over this one.</summary>
    public ContextSettings Over(ContextSettings specific) => new()
    {
        Path = specific.Path ?? Path,
        DocBase = specific.DocBase ?? DocBase,
        Manager = specific.Manager ?? Manager,
        SessionCookieName = specific.SessionCookieName ?? SessionCookieName,
        SessionCookiePath = specific.SessionCookiePath ?? SessionCookiePath,
        SessionCookieDomain = specific.SessionCookieDomain ?? SessionCookieDomain,
        UseHttpOnly = specific.UseHttpOnly ?? UseHttpOnly,
        Cookies = specific.Cookies ?? Cookies,
        Valves = Valves.AddRange(specific.Valves),
        Source = specific.Source ?? Source,
    };
}
