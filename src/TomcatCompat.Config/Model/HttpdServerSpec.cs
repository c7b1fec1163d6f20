using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>One httpd instance (one main config file) as read: what was loaded and defined.</summary>
public sealed record HttpdServerSpec
{
    /// <summary>The main config file, relative to the import root.</summary>
    public required string MainFile { get; init; }

    /// <summary>ServerRoot in force at the end of reading, relative to the import root (mapped like every absolute path).</summary>
    public string ServerRoot { get; init; } = "";

    /// <summary>Module identifiers loaded by LoadModule (plus built-ins), in load order.</summary>
    public ImmutableArray<string> LoadedModules { get; init; } = [];

    /// <summary>Defines in force at the end of reading (name → value, "" without value).</summary>
    public ImmutableSortedDictionary<string, string> Defines { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
