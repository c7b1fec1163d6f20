using Snapshooter.Xunit;
using TomcatCompat.Cli.Commands;
using TomcatCompat.Config.Json;

namespace TomcatCompat.Cli.Tests;

/// <summary>Whole-payload snapshots of every format, from a hand-built topology so they do not move with the front ends.</summary>
public class FormatterSnapshotTests
{
    private static string Render(string format) => ImportCommand.Format(TopologyRedactor.Redact(SampleTopology.Create()), format);

    [Fact]
    public void Json_output_matches_snapshot() => Snapshot.Match(Render("json"));

    [Fact]
    public void Text_output_matches_snapshot() => Snapshot.Match(Render("text"));

    [Fact]
    public void Yarp_output_matches_snapshot() => Snapshot.Match(Render("yarp"));

    [Fact]
    public void Mermaid_output_matches_snapshot() => Snapshot.Match(Render("mermaid"));

    [Fact]
    public void No_format_leaks_a_secret()
    {
        foreach (var format in ImportCommand.Formats)
        {
            var output = Render(format);
            Assert.DoesNotContain("s3cr3t-ajp", output, StringComparison.Ordinal);
            Assert.DoesNotContain("cafebabe", output, StringComparison.Ordinal);
        }
    }
}
