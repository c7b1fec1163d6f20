using System.Text.Json;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Output;

/// <summary>
/// SARIF 2.1.0, written directly: one run, the tool's rules (with help URIs to docs/rules pages)
/// and one result per finding with a physical location relative to the import root
/// (GitHub code scanning resolves relative URIs against the repository). Each rule carries its
/// docs page as <c>help</c>, so the page shows beside the alert without a link to follow.
/// </summary>
public sealed class SarifFormatter(string docsBaseUri, string toolVersion = "0.1.0") : IDiagnosticFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SourceFile> files, TextWriter output)
    {
        var codes = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, codes);
            // Columns count UTF-16 code units: they are .NET string indexes.
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
                WriteResult(json, d, codes.IndexOf(d.Code));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json, List<string> codes)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "tomcatcompat");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteString("informationUri", docsBaseUri);
        json.WriteStartArray("rules");
        foreach (var code in codes)
        {
            var descriptor = RuleCatalog.Find(code);
            json.WriteStartObject();
            json.WriteString("id", code);
            json.WriteString("name", code);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor?.Title ?? code);
            json.WriteEndObject();
            var page = RuleCatalog.Page(code);
            if (page is not null && RulePageSections.WhatItFlags(page) is { } what)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", what);
                json.WriteEndObject();
            }

            if (page is not null)
            {
                json.WriteStartObject("help");
                json.WriteString("text", page);
                json.WriteString("markdown", page);
                json.WriteEndObject();
            }

            json.WriteString("helpUri", $"{docsBaseUri.TrimEnd('/')}/{code}.md");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(descriptor?.DefaultSeverity ?? DiagnosticSeverity.Warning));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(Area(code));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(d.Span.File).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
        // Code scanning needs a region on every result; a finding from no line (a default) points at line 1.
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, d.Span.Line));
        json.WriteNumber("startColumn", Math.Max(1, d.Span.Column));
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The code ranges of docs/lint.md, as a tag code scanning can filter on.</summary>
    private static string Area(string code) => code.Length > 2 ? code[2] switch
    {
        '1' => "input",
        '2' => "config",
        '3' => "cross-file",
        '4' => "unsupported",
        _ => "other",
    } : "other";

    private static string Level(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
