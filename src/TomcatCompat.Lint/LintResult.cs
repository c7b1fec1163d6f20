using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint;

/// <summary>Diagnostics left after suppression, sorted by file, line, column, code.</summary>
public sealed record LintResult(ImmutableArray<Diagnostic> Diagnostics, int Suppressed)
{
    /// <summary>0 clean (or only below --fail-on), 1 findings at or above --fail-on.</summary>
    public int ExitCode(DiagnosticSeverity failOn) => Diagnostics.Any(d => d.Severity >= failOn) ? 1 : 0;
}
