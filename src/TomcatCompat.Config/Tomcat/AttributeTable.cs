using System.Collections.Frozen;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Known attributes per class (by simple class name, see <see cref="ClassInfo.Kind"/>) with
/// type and default, from tomcat-cluster.md §3–§16. Split by area: AttributeTable.Cluster.cs,
/// AttributeTable.Server.cs,
/// AttributeTable.Stores.cs.
/// </summary>
public static partial class AttributeTable
{
    private static readonly FrozenDictionary<string, AttributeSet> Sets =
        ClusterSets().Concat(ServerSets()).Concat(StoreSets()).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The attribute set of a class kind, or null when TomcatCompat has none.</summary>
    public static AttributeSet? For(string kind) => Sets.GetValueOrDefault(kind);

    private static AttributeDef S(string name, string? def = null) => new(name, AttributeType.String, def);

    private static AttributeDef I(string name, string? def = null) => new(name, AttributeType.Int, def);

    private static AttributeDef L(string name, string? def = null) => new(name, AttributeType.Long, def);

    private static AttributeDef B(string name, string? def = null) => new(name, AttributeType.Bool, def);

    private static AttributeDef Opt(string name, string def) => new(name, AttributeType.SendOptions, def);

    private static AttributeDef Gone(string name, AttributeType type, TomcatVersion removedIn, string hint) =>
        new(name, type) { RemovedIn = removedIn, Hint = hint };

    private static AttributeDef Alias(AttributeDef def, string of) => def with { AliasOf = of };

    private static KeyValuePair<string, AttributeSet> Complete(string kind, params IEnumerable<AttributeDef>[] parts) =>
        new(kind, new AttributeSet(true, parts.SelectMany(p => p)));

    private static KeyValuePair<string, AttributeSet> Partial(string kind, params IEnumerable<AttributeDef>[] parts) =>
        new(kind, new AttributeSet(false, parts.SelectMany(p => p)));
}
