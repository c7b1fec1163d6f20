using System.Collections.Immutable;

namespace TomcatCompat.Config.Model;

/// <summary>A file that was read, what kind of config it is, and the files it included.</summary>
/// <param name="Path">Relative to the import root.</param>
/// <param name="Kind">httpd, workers.properties, uriworkermap, server.xml, context.xml, web.xml, catalina.properties, envvars.</param>
/// <param name="IncludedBy">The file and line that included it, when it was not given directly.</param>
public sealed record InputFile(string Path, string Kind, string? IncludedBy = null)
{
    public ImmutableArray<string> Includes { get; init; } = [];
}
