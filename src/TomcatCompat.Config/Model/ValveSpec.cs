using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>A <c>&lt;Valve&gt;</c> on an Engine, Host or Context (AccessLogValve, …).</summary>
public sealed record ValveSpec
{
    public required string ClassName { get; init; }

    public required string Kind { get; init; }

    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
