using System.Text.Json;
using Snapshooter.Xunit;
using TomcatCompat.Lint.Output;
using TomcatCompat.Testing;

namespace TomcatCompat.Lint.Tests.Output;

public sealed class SarifFormatterTests
{
    private const string DocsBase = "https://example.invalid/tomcatcompat/docs/rules/";

    private static string Sarif() => FormatterFixture.Write(new SarifFormatter(DocsBase));

    [Fact]
    public void Sarif_output_matches_the_snapshot() => Snapshot.Match(Sarif());

    [Fact]
    public void Sarif_output_validates_against_the_SARIF_2_1_0_schema() => SarifSchema.AssertValid(Sarif());

    [Fact]
    public void Schema_rejects_a_property_SARIF_does_not_define() =>
        Assert.False(SarifSchema.IsValid(Sarif().Replace("\"ruleIndex\":", "\"ruleIdx\":", StringComparison.Ordinal)));

    [Fact]
    public void Sarif_rules_carry_their_docs_page_as_help_and_an_area_tag()
    {
        using var doc = JsonDocument.Parse(Sarif());
        var rule = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.StartsWith("# TC3100: ", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Equal("cross-file", rule.GetProperty("properties").GetProperty("tags")[0].GetString());
        Assert.Equal("utf16CodeUnits", doc.RootElement.GetProperty("runs")[0].GetProperty("columnKind").GetString());
    }

    [Fact]
    public void Schema_rejects_startLine_0_and_an_unknown_level()
    {
        var badLevel = Sarif().Replace("\"level\": \"note\"", "\"level\": \"info\"", StringComparison.Ordinal);
        Assert.False(SarifSchema.IsValid(badLevel));
        var badLine = Sarif().Replace("\"startLine\": 2,", "\"startLine\": 0,", StringComparison.Ordinal);
        Assert.NotEqual(Sarif(), badLine);
        Assert.False(SarifSchema.IsValid(badLine));
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
