using System.CommandLine;
using TomcatCompat.Lint;

namespace TomcatCompat.Cli.Commands;

/// <summary><c>tomcatcompat explain TCnnnn</c>: print the documentation page of a diagnostic code.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("CODE") { Description = "A diagnostic code such as TC3001" };
        var command = new Command("explain", "Print what a diagnostic code means, why, and how to fix or suppress it") { code };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(code) ?? "";
            if (RuleCatalog.Explain(value) is not { } page)
                return InputSettings.Usage(stderr, $"unknown code '{value}'; codes look like TC3001 (see docs/rules/index.md)");
            stdout.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }
}
