using System.Collections.Immutable;
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

    [Fact]
    public void Every_format_handles_a_2000_member_balancer()
    {
        var sample = SampleTopology.Create();
        var template = sample.Balancers[0].Members[0];
        var members = Enumerable.Range(0, 2000).Select(i => template with { Url = $"ajp://10.0.{i / 250}.{i % 250}:8009", Route = $"n{i}", Node = null }).ToImmutableArray();
        var topology = sample with { Balancers = [sample.Balancers[0] with { Members = members }] };
        foreach (var format in ImportCommand.Formats)
        {
            var output = ImportCommand.Format(TopologyRedactor.Redact(topology), format);
            Assert.Contains("n1999", output, StringComparison.Ordinal);
        }
    }
}
