using System.Text.Json;
using Json.Schema;
using Snapshooter.Xunit;
using TomcatCompat.Lint.Output;

namespace TomcatCompat.Lint.Tests.Output;

public sealed class SarifFormatterTests
{
    private const string DocsBase = "https://example.invalid/tomcatcompat/docs/rules/";

    /// <summary>Our own schema of the parts SARIF 2.1.0 requires (copied next to the test assembly).</summary>
    private static readonly Lazy<JsonSchema> Required = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Output", "sarif-required.schema.json"))));

    private static string Sarif() => FormatterFixture.Write(new SarifFormatter(DocsBase));

    [Fact]
    public void Sarif_output_matches_the_snapshot() => Snapshot.Match(Sarif());

    [Fact]
    public void Sarif_output_has_the_structure_SARIF_2_1_0_requires()
    {
        using var doc = JsonDocument.Parse(Sarif());
        var result = Required.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Schema_rejects_startLine_0_and_an_unknown_level()
    {
        var badLevel = Sarif().Replace("\"level\": \"note\"", "\"level\": \"info\"", StringComparison.Ordinal);
        using var level = JsonDocument.Parse(badLevel);
        Assert.False(Required.Value.Evaluate(level.RootElement).IsValid);
        var badLine = Sarif().Replace("\"startLine\": 2,", "\"startLine\": 0,", StringComparison.Ordinal);
        Assert.NotEqual(Sarif(), badLine);
        using var line = JsonDocument.Parse(badLine);
        Assert.False(Required.Value.Evaluate(line.RootElement).IsValid);
    }

    [Fact]
    public void Sarif_results_map_severity_to_level_and_escape_relative_uris()
    {
        using var doc = JsonDocument.Parse(Sarif());
        var run = doc.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["error", "warning", "error", "note"], results.Select(r => r.GetProperty("level").GetString()));
        var location = results[2].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("node%202/conf/server.xml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(["TC3100", "TC3101", "TC3102", "TC3103"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(DocsBase + "TC3101.md", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[1].GetProperty("helpUri").GetString());
    }
}
