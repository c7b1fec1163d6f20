using System.Collections.Immutable;

namespace TomcatCompat.Config.Tomcat;

/// <summary>What the command line contributes to reading Tomcat configs.</summary>
public sealed record TomcatOptions
{
    /// <summary><c>--property k=v</c> (like -Dk=v; catalina.properties overrides them, §1.7).</summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>--tomcat-version</c>, e.g. "10.1"; decides class availability and attribute parsing.</summary>
    public string Version { get; init; } = "10.1";

    /// <summary>
    /// True when <c>--tomcat-version</c> was given: a class that version lacks is then an error
    /// (Tomcat would refuse to start); otherwise it is a warning and the class is read as its successor.
    /// </summary>
    public bool VersionExplicit { get; init; }
}
