using System.Collections.Immutable;
using System.Reflection;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint;

/// <summary>Every lint rule in this assembly, and every code lint can report (front-end codes included).</summary>
public static class RuleCatalog
{
    private static readonly Lazy<ImmutableArray<ILintRule>> LazyRules = new(() =>
    [
        .. typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ILintRule).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ILintRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal),
    ]);

    public static ImmutableArray<ILintRule> Rules => LazyRules.Value;

    /// <summary>Front-end codes and lint-rule codes, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors =>
        [.. ConfigDiagnostics.All.Concat(Rules.Select(r => r.Descriptor)).OrderBy(d => d.Code, StringComparer.Ordinal)];

    public static DiagnosticDescriptor? Find(string code) =>
        AllDescriptors.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The docs page of a code, embedded from docs/rules/CODE.md, or null.</summary>
    public static string? Page(string code)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"rules/{code.ToUpperInvariant()}.md");
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// What <c>explain CODE</c> prints: the embedded docs page, or for a known code without a page
    /// a short page built from its descriptor; null for an unknown code (the CLI exits 2).
    /// </summary>
    public static string? Explain(string code)
    {
        var trimmed = code.Trim();
        if (Page(trimmed) is { } page)
            return page;
        if (Find(trimmed) is not { } d)
            return null;
        return $"# {d.Code}: {d.Title}\n\nSeverity: **{d.DefaultSeverity.ToString().ToLowerInvariant()}**.\n\nMessage: {d.MessageFormat}\n";
    }

    /// <summary>Codes that have an embedded page (every docs/rules/TCnnnn.md).</summary>
    public static IEnumerable<string> PagedCodes =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/TC", StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^".md".Length]);
}
