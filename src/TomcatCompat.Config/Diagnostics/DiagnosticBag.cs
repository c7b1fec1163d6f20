using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Diagnostics;

/// <summary>Collects diagnostics across a whole run; front ends add to it and keep going.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Drops diagnostics another stage supersedes (a lint rule that reports the same finding at a
    /// stricter severity than the front end did), so a finding is reported once.
    /// </summary>
    public int RemoveAll(Predicate<Diagnostic> match) => _items.RemoveAll(match);

    public Diagnostic Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        var d = new Diagnostic(
            descriptor.Code,
            descriptor.DefaultSeverity,
            span,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));
        _items.Add(d);
        return d;
    }

    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
