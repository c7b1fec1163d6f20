using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>One mod_jk URI mapping rule after <c>A|B</c> splitting and prefix handling.</summary>
/// <param name="Scope">"main" or the vhost id the rule was written in.</param>
/// <param name="Pattern">The pattern without its '-'/'!' prefixes (<c>*</c> and <c>?</c> are wildcards).</param>
/// <param name="Worker">Worker name; <c>*</c> in an exclusion means every worker.</param>
/// <param name="Exclude">'!' prefix or JkUnMount.</param>
/// <param name="Disabled">'-' prefix: kept but never applied.</param>
/// <param name="Sequence">Position in reading order, the last tie-break.</param>
internal sealed record JkRule(
    string Scope,
    MountKind Kind,
    JkRuleSource Source,
    string Pattern,
    string Worker,
    bool Exclude,
    bool Disabled,
    ImmutableSortedDictionary<string, string> Extensions,
    SourceSpan Span,
    int Sequence)
{
    public bool InLocation { get; init; }
}
