using System.Collections.Frozen;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// The attributes one class accepts. <see cref="Complete"/> tables come from the reference's full
/// attribute lists, so an attribute outside them is certainly unknown to Tomcat (a warning);
/// partial tables (Connector, Context…) only give an info for attributes outside them.
/// </summary>
public sealed class AttributeSet
{
    private readonly FrozenDictionary<string, AttributeDef> _byKey;

    public AttributeSet(bool complete, IEnumerable<AttributeDef> attributes)
    {
        Complete = complete;
        Attributes = [.. attributes];
        _byKey = Attributes.ToFrozenDictionary(a => Key(a.Name), StringComparer.Ordinal);
    }

    public bool Complete { get; }

    public IReadOnlyList<AttributeDef> Attributes { get; }

    /// <summary>Tomcat upper-cases the first letter to find the setter; the rest must match exactly.</summary>
    public AttributeDef? Find(string name) => name.Length == 0 ? null : _byKey.GetValueOrDefault(Key(name));

    /// <summary>An attribute whose name differs only in case, for "did you mean" advice.</summary>
    public AttributeDef? FindIgnoringCase(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Key(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
