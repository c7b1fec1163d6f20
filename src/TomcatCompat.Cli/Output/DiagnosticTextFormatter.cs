using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Cli.Output;

/// <summary>
/// Diagnostics as gcc/shellcheck lines, <c>path:line:col: severity TCnnnn: message</c>, sorted by
/// file, line and column, then a count line, so editors and CI can jump to each place.
/// </summary>
internal static class DiagnosticTextFormatter
{
    public static void Write(TextWriter writer, ImmutableArray<Diagnostic> diagnostics)
    {
        var items = diagnostics.IsDefault ? [] : diagnostics;
        foreach (var d in Sort(items))
        {
            writer.WriteLine(Line(d));
            if (d.Help is not null)
                writer.WriteLine("  " + d.Help);
        }

        writer.WriteLine(Summary(items));
    }

    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column);

    public static string Line(Diagnostic d)
    {
        var where = d.Span.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Span.File}:{d.Span.Line}:{d.Span.Column}")
            : d.Span.File ?? "";
        return $"{where}: {Severity(d.Severity)} {d.Code}: {d.Message}";
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        var line = $"{Count(errors, "error")}, {Count(warnings, "warning")}";
        return infos > 0 ? $"{line}, {Count(infos, "info")}" : line;
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
