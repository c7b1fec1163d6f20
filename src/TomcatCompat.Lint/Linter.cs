using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Suppression;

namespace TomcatCompat.Lint;

/// <summary>
/// Runs every rule over an imported topology, adds the front ends' own diagnostics, then applies
/// pragmas and <c>--ignore</c>. TC1xxx (cannot read or parse) is never suppressed.
/// </summary>
public sealed class Linter(IEnumerable<ILintRule> rules)
{
    private readonly ImmutableArray<ILintRule> _rules = [.. rules];

    public static Linter Default { get; } = new(RuleCatalog.Rules);

    public LintResult Run(Topology topology, IReadOnlyList<SourceFile> files, LintOptions options)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(topology.Diagnostics);
        var context = new LintContext(LintView.Of(topology), files, options);
        foreach (var rule in _rules)
            rule.Check(context, bag);

        var pragmas = files.ToDictionary(f => f.DisplayPath, PragmaScanner.Scan, StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        var suppressed = 0;
        foreach (var d in bag.ToImmutable().Distinct())
        {
            if (!IsTc1(d.Code) && (options.Ignore.Contains(d.Code) || IsCoveredByPragma(d, pragmas)))
                suppressed++;
            else
                kept.Add(d);
        }

        return new LintResult([.. kept.OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal)], suppressed);
    }

    private static bool IsTc1(string code) => code.StartsWith("TC1", StringComparison.Ordinal);

    private static bool IsCoveredByPragma(Diagnostic d, Dictionary<string, ImmutableArray<SuppressionPragma>> pragmas) =>
        pragmas.TryGetValue(d.Span.File, out var list) && list.Any(p => p.Covers(d.Code, d.Span.Line));
}
