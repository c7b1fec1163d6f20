using System.Text.Json;
using Json.Schema;
using Xunit;

namespace TomcatCompat.Testing;

/// <summary>
/// SARIF 2.1.0's constraints for the objects lint writes (sarif-2.1.0-subset.schema.json, closed as in the
/// specification). The OASIS schema file itself is not redistributed here; docs/lint.md records the check
/// of lint's output against it.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0-subset.schema.json"))));

    public static bool IsValid(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        return Schema.Value.Evaluate(doc.RootElement).IsValid;
    }

    /// <summary>Fails the test with every schema error's JSON pointer.</summary>
    public static void AssertValid(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
