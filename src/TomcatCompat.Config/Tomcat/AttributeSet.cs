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

    /// <summary>
    /// The known attribute closest to a misspelt one, for "did you mean" advice: a case-only
    /// difference first, else the smallest edit distance (ignoring case) within a third of the
    /// name's length (at most 3), so "maxThread" finds maxThreads but "foo" finds nothing.
    /// </summary>
    public AttributeDef? Closest(string name)
    {
        if (FindIgnoringCase(name) is { } same)
            return same;
        var limit = Math.Min(3, Math.Max(1, name.Length / 3));
        AttributeDef? best = null;
        var bestDistance = limit + 1;
        foreach (var a in Attributes)
        {
            if (a.AliasOf is not null || Math.Abs(a.Name.Length - name.Length) >= bestDistance)
                continue;
            var d = EditDistance.Of(a.Name, name, bestDistance);
            if (d < bestDistance)
            {
                best = a;
                bestDistance = d;
            }
        }

        return best;
    }

    private static string Key(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
