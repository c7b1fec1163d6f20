using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
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

    public static readonly string[] TomcatVersions = ["8.0", "8.5", "9.0", "10.0", "10.1", "11.0"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Config files or directories (searched recursively): httpd.conf/apache2.conf, workers.properties, uriworkermap.properties, server.xml, web.xml",
            Arity = ArgumentArity.OneOrMore,
        };
        // Unknown options would otherwise be taken as PATHs; a file named "-x" can still be given as ./-x.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
                result.AddError($"unknown option '{token.Value}'");
        });
        var defines = new Option<string[]>("--define", "-D")
        {
            Description = "Define a name for <IfDefine>, like httpd -D NAME (repeatable)",
            HelpName = "NAME",
        };
        var properties = new Option<string[]>("--property")
        {
            Description = "Tomcat system property for ${name} in server.xml, like -Dname=value (repeatable)",
            HelpName = "name=value",
        };
        properties.Validators.Add(ValidateProperties);
        var envvars = new Option<string?>("--envvars") { Description = "Debian envvars file to read (default: the envvars next to apache2.conf)", HelpName = "FILE" };
        var serverRoot = new Option<string?>("--server-root", "-d") { Description = "httpd ServerRoot, like httpd -d DIR (default: the main file's directory)", HelpName = "DIR" };
        var tomcatVersion = new Option<string?>("--tomcat-version")
        {
            Description = "Tomcat version the server.xml files are written for (default: read as 10.1, and what only some versions refuse is a warning)",
        };
        tomcatVersion.AcceptOnlyFromAmong(TomcatVersions);
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the output to FILE instead of stdout (created or overwritten)", HelpName = "FILE" };
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print secrets (AJP secret, encryptionKey, shutdown command…) instead of ***" };

        var command = new Command("import", "Read httpd, mod_jk and Tomcat configs and print the normalized topology")
        {
            paths, defines, properties, envvars, serverRoot, tomcatVersion, format, output, showSecrets,
        };
        command.SetAction(parse => Execute(
            new ImportSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(defines) ?? [],
                parse.GetValue(properties) ?? [],
                parse.GetValue(envvars),
                parse.GetValue(serverRoot),
                parse.GetValue(tomcatVersion),
                parse.GetValue(format) ?? "json",
                parse.GetValue(output),
                parse.GetValue(showSecrets)),
            stdout,
            stderr));
        return command;
    }

    public static int Execute(ImportSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (CheckInputs(settings, stderr) is { } usage)
            return usage;
        var request = new ImportRequest
        {
            Paths = [.. settings.Paths.Select(InputPaths.Full)],
            Defines = [.. settings.Defines],
            Properties = ParseProperties(settings.Properties),
            EnvVarsFile = settings.EnvVars is null ? null : InputPaths.Full(settings.EnvVars),
            ServerRoot = settings.ServerRoot is null ? null : InputPaths.Full(settings.ServerRoot),
            TomcatVersion = settings.TomcatVersion,
        };
        var topology = TopologyBuilder.Build(request, PhysicalFileSystem.Instance);
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

    private static int? CheckInputs(ImportSettings settings, TextWriter stderr)
    {
        foreach (var path in settings.Paths)
        {
            if (InputPaths.TryFull(path) is not { } full)
                return Usage(stderr, $"'{path}' is not a valid path");
            if (Directory.Exists(full))
                continue;
            if (!File.Exists(full))
                return Usage(stderr, $"cannot import '{path}': no such file or directory");
            if (InputPaths.CannotOpen(full) is { } why)
                return Usage(stderr, $"cannot read '{path}': {why}");
        }

        if (settings.EnvVars is { } env && (InputPaths.TryFull(env) is not { } envFull || !File.Exists(envFull) || InputPaths.CannotOpen(envFull) is not null))
            return Usage(stderr, $"--envvars '{env}' is not a readable file");
        if (settings.ServerRoot is { } root && (InputPaths.TryFull(root) is not { } rootFull || !Directory.Exists(rootFull)))
            return Usage(stderr, $"--server-root '{root}' is not a directory");
        return null;
    }

    private static bool TryWrite(string path, string text, TextWriter stderr)
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

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"tomcatcompat: error: {message}");
        return ExitCodes.Usage;
    }

    private static void ValidateProperties(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            var eq = token.Value.IndexOf('=');
            if (eq <= 0)
                result.AddError($"--property '{token.Value}' must be name=value");
        }
    }

    private static ImmutableDictionary<string, string> ParseProperties(IEnumerable<string> pairs)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            builder[pair[..eq]] = pair[(eq + 1)..]; // the last one wins, as with repeated -D
        }

        return builder.ToImmutable();
    }
}
