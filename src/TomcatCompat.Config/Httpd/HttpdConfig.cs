using System.Collections.Immutable;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// An httpd config after reading and preprocessing: includes spliced in, conditionals resolved,
/// ${VAR} expanded; every node keeps the span of the file it came from.
/// </summary>
public sealed record HttpdConfig
{
    public ImmutableArray<HttpdNode> Nodes { get; init; } = [];

    /// <summary>The main file and every file it included, with include edges.</summary>
    public ImmutableArray<InputFile> Files { get; init; } = [];

    /// <summary>Module identifiers loaded by LoadModule (plus built-ins), in load order.</summary>
    public ImmutableArray<string> LoadedModules { get; init; } = [];

    /// <summary>Defines in force at the end of reading (name → value, "" when defined without value).</summary>
    public ImmutableDictionary<string, string> Defines { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>ServerRoot in force at the end of reading (absolute).</summary>
    public string ServerRoot { get; init; } = "/";
}
