using Snapshooter.Xunit;

namespace TomcatCompat.Cli.Tests;

public sealed class ExplainCommandTests
{
    private static string Page(string code) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", code + ".md")).ReplaceLineEndings("\n");

    [Fact]
    public void Explain_known_code_prints_its_docs_page_and_exits_0()
    {
        var run = CliRun.Of("explain", "TC3001");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Page("TC3001"), run.Stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Explain_lower_case_code_prints_the_same_page()
    {
        var run = CliRun.Of("explain", "tc2415");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Page("TC2415"), run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Explain_balancer_code_prints_its_page()
    {
        var run = CliRun.Of("explain", "TC4400");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# TC4400: unsupported: member scheme\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_a_page_for_every_code_of_every_catalog()
    {
        foreach (var (d, _) in RulesIndexGenerator.AllCodes())
        {
            var run = CliRun.Of("explain", d.Code);
            Assert.True(run.ExitCode == 0, $"explain {d.Code} exited {run.ExitCode}: {run.Stderr}");
            Assert.StartsWith($"# {d.Code}: {d.Title}\n", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("TC9999")]
    [InlineData("index")]
    [InlineData("3001")]
    public void Explain_unknown_code_exits_2_and_names_it(string code)
    {
        var run = CliRun.Of("explain", code);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"tomcatcompat: error: unknown code '{code}'; codes look like TC3001 (see docs/rules/index.md)\n", run.Stderr);
    }

    [Fact]
    public void Explain_without_code_exits_2()
    {
        var run = CliRun.Of("explain");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'tomcatcompat explain --help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_explain_matches_snapshot()
    {
        var run = CliRun.Of("explain", "--help");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Stdout);
    }
}
