using System.CommandLine;
using TomcatCompat.Cli.Output;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Cli.Commands;

/// <summary><c>tomcatcompat import PATH...</c>: read the configs, print the topology, report every diagnostic.</summary>
internal static class ImportCommand
{
    public static readonly string[] Formats = ["json", "text", "yarp", "mermaid"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = InputOptions.Create("Tomcat version the server.xml files are written for (default: read as 10.1, and what only some versions refuse is a warning)");
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the output to FILE instead of stdout (created or overwritten)", HelpName = "FILE" };
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print secrets (AJP secret, encryptionKey, shutdown command…) instead of ***" };

        var command = new Command("import", "Read httpd, mod_jk and Tomcat configs and print the normalized topology");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(showSecrets);
        command.SetAction(parse => Execute(
            new ImportSettings(input.Read(parse), parse.GetValue(format) ?? "json", parse.GetValue(output), parse.GetValue(showSecrets)),
            stdout,
            stderr));
        return command;
    }

    public static int Execute(ImportSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (settings.Input.Check(stderr) is { } usage)
            return usage;
        var topology = TopologyBuilder.Build(settings.Input.ToRequest(), PhysicalFileSystem.Instance);
        if (!settings.ShowSecrets)
            topology = TopologyRedactor.Redact(topology);

        DiagnosticTextFormatter.Write(stderr, topology.Diagnostics);
        var text = Format(topology, settings.Format);
        if (settings.Output is null)
            stdout.Write(text);
        else if (!TryWrite(settings.Output, text, stderr))
            return ExitCodes.Usage;

        return topology.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.ConfigErrors : ExitCodes.Ok;
    }

    /// <summary>Formats an already redacted topology.</summary>
    public static string Format(Topology topology, string format) => format switch
    {
        "text" => TextTopologyFormatter.Format(topology),
        "yarp" => YarpConfigFormatter.Format(topology),
        "mermaid" => MermaidFormatter.Format(topology),
        _ => TopologyJsonWriter.Write(topology, showSecrets: true),
    };

    public static bool TryWrite(string path, string text, TextWriter stderr)
    {
        try
        {
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"tomcatcompat: error: cannot write '{path}': {e.Message}");
            return false;
        }
    }
}
