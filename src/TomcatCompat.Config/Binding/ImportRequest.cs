using System.Collections.Immutable;

namespace TomcatCompat.Config.Binding;

/// <summary>What <c>tomcatcompat import</c> was asked to read: paths plus the httpd/Tomcat command-line switches.</summary>
public sealed record ImportRequest
{
    /// <summary>Absolute, '/'-separated files or directories to import.</summary>
    public required ImmutableArray<string> Paths { get; init; }

    /// <summary>Directory display paths are relative to; null = the directory given, or the common parent of all paths.</summary>
    public string? Root { get; init; }

    /// <summary>httpd <c>-D NAME</c> switches.</summary>
    public ImmutableArray<string> Defines { get; init; } = [];

    /// <summary>Tomcat system properties (<c>-Dk=v</c>), for <c>${k}</c> in server.xml.</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Debian envvars file; null = the <c>envvars</c> next to each httpd main file, if any.</summary>
    public string? EnvVarsFile { get; init; }

    /// <summary>httpd <c>-d DIR</c>; null = the main file's directory until <c>ServerRoot</c> says otherwise.</summary>
    public string? ServerRoot { get; init; }

    /// <summary>
    /// <c>--tomcat-version</c>: the Tomcat major.minor the server.xml files are written for. Null = not
    /// given: read as 10.1, but what only some versions refuse is a warning, not an error.
    /// </summary>
    public string? TomcatVersion { get; init; }
}
