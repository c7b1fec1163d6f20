using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Output;

/// <summary>
/// gcc/shellcheck style: <c>path:line:col: severity TCnnnn: message</c>, the source line with a caret,
/// and the docs page; ANSI colour only when asked (a terminal).
/// </summary>
public sealed class TextFormatter(bool colour) : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SourceFile> files, TextWriter output)
    {
        var byPath = files.GroupBy(f => f.DisplayPath).ToDictionary(g => g.Key, g => g.First().Text.Split('\n'), StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            var severity = d.Severity.ToString().ToLowerInvariant();
            output.WriteLine($"{d.Span}: {Paint(severity, SeverityColour(d.Severity))} {d.Code}: {d.Message}");
            if (d.Span.Line > 0 && byPath.TryGetValue(d.Span.File, out var lines) && d.Span.Line <= lines.Length)
            {
                var line = SecretMask.Apply(lines[d.Span.Line - 1].TrimEnd('\r').Replace('\t', ' '));
                output.WriteLine("  " + line);
                output.WriteLine("  " + new string(' ', Math.Clamp(d.Span.Column - 1, 0, line.Length)) + Paint("^", SeverityColour(d.Severity)));
            }

            if (d.Help is not null)
                output.WriteLine($"  help: {d.Help}");
            output.WriteLine($"  see docs/rules/{d.Code}.md");
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        output.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}, {infos} info");
    }

    private static string SeverityColour(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "31",
        DiagnosticSeverity.Warning => "33",
        _ => "36",
    };

    private string Paint(string text, string code) => colour ? $"\u001b[{code};1m{text}\u001b[0m" : text;
}
