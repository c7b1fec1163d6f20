using System.Collections.Immutable;

namespace TomcatCompat.Config.Httpd;

/// <summary>What the httpd command line and environment contribute to reading a config.</summary>
public sealed record HttpdOptions
{
    /// <summary><c>-d DIR</c>: ServerRoot until a <c>ServerRoot</c> directive changes it; null = the main file's directory.</summary>
    public string? ServerRoot { get; init; }

    /// <summary><c>-D NAME</c> switches.</summary>
    public ImmutableArray<string> Defines { get; init; } = [];

    /// <summary>Variables from Debian's <c>envvars</c> file, consulted like the process environment for ${VAR}.</summary>
    public ImmutableDictionary<string, string> EnvVars { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Version that <c>&lt;IfVersion&gt;</c> compares against.</summary>
    public string Version { get; init; } = "2.4.71";
}
