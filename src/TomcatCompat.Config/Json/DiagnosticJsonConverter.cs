using System.Text.Json;
using System.Text.Json.Serialization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Json;

/// <summary>
/// A diagnostic flat, in the same shape as <c>lint --format json</c>:
/// <c>{code, severity, file, line, column, message}</c> plus <c>help</c> when there is one.
/// </summary>
public sealed class DiagnosticJsonConverter : JsonConverter<Diagnostic>
{
    public override Diagnostic Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var doc = JsonDocument.ParseValue(ref reader).RootElement;
        string S(string name) => doc.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";
        int I(string name) => doc.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;
        var severity = Enum.TryParse<DiagnosticSeverity>(S("severity"), ignoreCase: true, out var s) ? s : DiagnosticSeverity.Error;
        var help = S("help");
        return new Diagnostic(S("code"), severity, new SourceSpan(S("file"), I("line"), I("column")), S("message"), help.Length == 0 ? null : help);
    }

    public override void Write(Utf8JsonWriter writer, Diagnostic value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("severity", value.Severity.ToString().ToLowerInvariant());
        writer.WriteString("file", value.Span.File ?? "");
        writer.WriteNumber("line", value.Span.Line);
        writer.WriteNumber("column", value.Span.Column);
        writer.WriteString("message", value.Message);
        if (value.Help is not null)
            writer.WriteString("help", value.Help);
        writer.WriteEndObject();
    }
}
