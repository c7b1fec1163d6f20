using System.Collections.Immutable;
using System.CommandLine;
using System.Reflection;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint;
using TomcatCompat.Lint.Output;

namespace TomcatCompat.Cli.Commands;

/// <summary><c>tomcatcompat lint PATH...</c>: every front-end diagnostic plus the lint rules, in text, JSON or SARIF.</summary>
internal static class LintCommand
{
    public static readonly string[] Formats = ["text", "json", "sarif"];

    private static readonly string[] Severities = ["error", "warning", "info"];

    /// <summary>Where SARIF help links point (the rule pages in the repository).</summary>
    private const string DocsBase = "https://github.com/tomcatcompat/tomcatcompat/blob/main/docs/rules/";

    /// <summary>The CLI's version without the "+commit" build metadata, as SARIF's <c>driver.version</c>.</summary>
    private static readonly string ToolVersion =
        (typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0").Split('+')[0];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = InputOptions.Create("Tomcat version to judge server.xml against (default 10.1)");
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var ignore = new Option<string[]>("--ignore") { Description = "Do not report CODE (repeatable; TC1xxx cannot be ignored)", HelpName = "CODE" };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(Severities);
        var httpdVersion = new Option<string>("--httpd-version") { Description = "httpd version for <IfVersion> and version-dependent rules", DefaultValueFactory = _ => "2.4.71" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of stdout", HelpName = "FILE" };
        var colour = new Option<bool>("--color") { Description = "Colour the text report even when stdout is not a terminal" };

        var command = new Command("lint", "Validate httpd, mod_jk and Tomcat configs, alone and against each other");
        input.AddTo(command);
        foreach (var option in new Option[] { format, ignore, failOn, httpdVersion, output, colour })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var settings = input.Read(parse);
            if (settings.Check(stderr) is { } usage)
                return usage;
            var options = new LintOptions
            {
                Ignore = (parse.GetValue(ignore) ?? []).Select(c => c.Trim().ToUpperInvariant()).ToImmutableHashSet(StringComparer.Ordinal),
                FailOn = Enum.Parse<DiagnosticSeverity>(parse.GetValue(failOn) ?? "error", ignoreCase: true),
                TomcatVersion = settings.TomcatVersion ?? "10.1",
                HttpdVersion = parse.GetValue(httpdVersion) ?? "2.4.71",
            };
            var path = parse.GetValue(output);
            var useColour = parse.GetValue(colour) || (path is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
            return Execute(settings, options, parse.GetValue(format) ?? "text", useColour, path, stdout, stderr);
        });
        return command;
    }

    public static int Execute(InputSettings settings, LintOptions options, string format, bool colour, string? output, TextWriter stdout, TextWriter stderr)
    {
        var topology = TopologyBuilder.Build(settings.ToRequest(options.TomcatVersion), PhysicalFileSystem.Instance, out var files);
        // The rules must see the real secrets (TC3100 compares member and Connector secrets, TC2559
        // measures the key); only the messages leave the process, and those are masked.
        var result = Linter.Default.Run(topology, files, options);
        result = result with { Diagnostics = TopologyRedactor.Redact(topology with { Diagnostics = result.Diagnostics }).Diagnostics };
        IDiagnosticFormatter formatter = format switch
        {
            "json" => new JsonFormatter(),
            "sarif" => new SarifFormatter(DocsBase, ToolVersion),
            _ => new TextFormatter(colour),
        };
        var text = new StringWriter { NewLine = "\n" };
        formatter.Write(result.Diagnostics, files, text);
        if (output is null)
            stdout.Write(text.ToString());
        else if (!ImportCommand.TryWrite(output, text.ToString(), stderr))
            return ExitCodes.Usage;
        return result.ExitCode(options.FailOn);
    }
}
