using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests;

public sealed class LinterTests
{
    private static readonly Diagnostic Parse = new("TC1101", DiagnosticSeverity.Error, new SourceSpan("a.conf", 2), "parse");
    private static readonly Diagnostic Meaning = new("TC2050", DiagnosticSeverity.Warning, new SourceSpan("a.conf", 2), "meaning");

    private static LintResult Run(LintOptions options, string text = "Listen 80\n# tomcatcompat ignore=TC1101,TC2050\nProxyPass / x\n")
    {
        var topology = new Topology { Diagnostics = [Parse, Meaning] };
        return new Linter([]).Run(topology, [new SourceFile("/r/a.conf", "a.conf", text)], options);
    }

    [Fact]
    public void Pragma_suppresses_meaning_codes_but_never_TC1xxx()
    {
        var r = Run(new LintOptions(), "# tomcatcompat ignore=TC1101,TC2050\nProxyPass / x\n");
        Assert.Equal(["TC1101"], r.Diagnostics.Select(d => d.Code));
        Assert.Equal(1, r.Suppressed);
    }

    [Fact]
    public void Ignore_option_suppresses_everywhere_except_TC1xxx()
    {
        var r = Run(new LintOptions { Ignore = ImmutableHashSet.Create("TC2050", "TC1101") }, "");
        Assert.Equal(["TC1101"], r.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, 1)]
    [InlineData(DiagnosticSeverity.Warning, 1)]
    public void Fail_on_threshold_sets_the_exit_code(DiagnosticSeverity failOn, int expected) =>
        Assert.Equal(expected, Run(new LintOptions { FailOn = failOn }, "").ExitCode(failOn));

    [Fact]
    public void Warnings_only_exit_0_with_fail_on_error()
    {
        var r = new Linter([]).Run(new Topology { Diagnostics = [Meaning] }, [], new LintOptions());
        Assert.Equal(0, r.ExitCode(DiagnosticSeverity.Error));
        Assert.Equal(1, r.ExitCode(DiagnosticSeverity.Warning));
    }
}
