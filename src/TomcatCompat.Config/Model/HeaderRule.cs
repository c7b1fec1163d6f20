using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// mod_headers <c>Header [condition] action header [value] [replacement] [early|env=[!]var|expr=...]</c>.
/// <see cref="Condition"/> is <c>onsuccess</c> (default) or <c>always</c>.
/// </summary>
public sealed record HeaderRule(
    string Condition,
    string Action,
    string Name,
    string? Value,
    string? EnvCondition,
    SourceSpan Source)
{
    /// <summary>Words after the value we did not interpret (expr=, early, replacement).</summary>
    public ImmutableArray<string> Extra { get; init; } = [];
}
