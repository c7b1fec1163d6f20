using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint;

/// <summary>Command-line knobs of <c>lint</c>.</summary>
public sealed record LintOptions
{
    /// <summary><c>--ignore CODE</c> (TC1xxx cannot be ignored).</summary>
    public ImmutableHashSet<string> Ignore { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary><c>--fail-on</c>: the lowest severity that makes the exit code 1; default error.</summary>
    public DiagnosticSeverity FailOn { get; init; } = DiagnosticSeverity.Error;

    /// <summary><c>--tomcat-version</c>, default 10.1.</summary>
    public string TomcatVersion { get; init; } = "10.1";

    /// <summary><c>--httpd-version</c>, default 2.4.71 (Debian bookworm).</summary>
    public string HttpdVersion { get; init; } = "2.4.71";
}
