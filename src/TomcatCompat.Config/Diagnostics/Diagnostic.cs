using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Diagnostics;

/// <summary>One problem found in the user's files: a code, a certainty, a place, one sentence.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string Message, string? Help = null)
{
    public override string ToString() =>
        $"{Span}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
