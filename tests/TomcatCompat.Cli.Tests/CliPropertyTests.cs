using CsCheck;

namespace TomcatCompat.Cli.Tests;

public class CliPropertyTests
{
    private static readonly string[] Words =
        ["import", "--format", "json", "text", "yarp", "mermaid", "xml", "-o", "-D", "--property", "a=b", "=", "--envvars",
         "-d", "--tomcat-version", "10.1", "1.0", "--show-secrets", "--help", "-h", "--version", "/nonexistent", "", "-", "--"];

    [Fact]
    public void Cli_with_random_arguments_never_hits_internal_error()
    {
        var arg = Gen.OneOf(Gen.OneOf(Words), Gen.String[0, 12]);
        arg.Array[0, 6].Sample(args =>
        {
            // -o with a random name could create files in the working directory: keep writes in a temp dir.
            var safe = args.Select(a => a == "-o" ? "--show-secrets" : a).ToArray();
            var run = CliRun.Of(safe);
            Assert.True(run.ExitCode is 0 or 1 or 2, $"exit {run.ExitCode} for [{string.Join(' ', safe)}]: {run.Stderr}");
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        }, iter: 300);
    }
}
