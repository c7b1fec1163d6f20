using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// The <c>worker.NAME.*</c> properties of one worker after references are resolved, with typed
/// accessors that report bad values and fall back to mod_jk's defaults.
/// </summary>
internal sealed class JkWorker
{
    private readonly Dictionary<string, PropertyEntry> _attributes = new(StringComparer.Ordinal);

    public JkWorker(string name, SourceSpan span)
    {
        Name = name;
        Span = span;
    }

    public string Name { get; }

    /// <summary>Where the worker was first mentioned (its first property line).</summary>
    public SourceSpan Span { get; }

    public IReadOnlyDictionary<string, PropertyEntry> Attributes => _attributes;

    /// <summary><c>type</c>, default ajp13, lowercased.</summary>
    public string Type => Get("type")?.Value.ToLowerInvariant() ?? "ajp13";

    public SourceSpan TypeSpan => Get("type")?.Span ?? Span;

    public void Set(string attribute, PropertyEntry entry) => _attributes[attribute] = entry;

    public PropertyEntry? Get(string attribute) => _attributes.GetValueOrDefault(attribute);

    public string? String(string attribute) => Get(attribute)?.Value;

    public int Int(string attribute, int fallback, DiagnosticBag diagnostics)
    {
        var entry = Get(attribute);
        if (entry is null)
            return fallback;
        if (JkValues.TryParseInt(entry.Value, out var value))
            return value;
        diagnostics.Add(ConfigDiagnostics.JkBadInteger, entry.Span, entry.Value, entry.Key, fallback);
        return fallback;
    }

    public bool Bool(string attribute, bool fallback, DiagnosticBag diagnostics)
    {
        var entry = Get(attribute);
        if (entry is null)
            return fallback;
        if (JkValues.ParseBool(entry.Value) is { } value)
            return value;
        diagnostics.Add(ConfigDiagnostics.JkBadBoolean, entry.Span, entry.Value, entry.Key, fallback ? "true" : "false");
        return fallback;
    }

    /// <summary>One of <paramref name="letters"/> (first letter or index digit), else the first letter as default.</summary>
    public char Letter(string attribute, string letters, string described, DiagnosticBag diagnostics)
    {
        var entry = Get(attribute);
        if (entry is null)
            return letters[0];
        if (JkValues.ParseLetter(entry.Value, letters) is { } value)
            return value;
        diagnostics.Add(ConfigDiagnostics.JkBadEnum, entry.Span, entry.Value, entry.Key, described, letters[0]);
        return letters[0];
    }

    /// <summary>Every attribute as written, for Parameters; the secret is left out so it never reaches output.</summary>
    public ImmutableSortedDictionary<string, string> Parameters(string type)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, entry) in _attributes)
        {
            if (name is not ("secret" or "secretkey"))
                builder[name] = entry.Value;
        }

        builder["type"] = type;
        return builder.ToImmutable();
    }
}
