using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// <c>tomcatcompat run PATH... [--local] [--port-offset N] [--only balancer|node NAME] [--status-file FILE] [--in-process]</c>:
/// imports, prints diagnostics (exit 1 on errors before any socket opens), starts the nodes and then
/// the balancer (each as a child process unless --only or --in-process), prints each listening
/// endpoint, and stops everything gracefully on Ctrl-C/SIGTERM.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = InputOptions.Create("Tomcat version the server.xml files are written for (default: as written)");
        var local = new Option<bool>("--local") { Description = "Map every non-loopback address to its own loopback address 127.0.1.N (keeping ports) and multicast membership to static membership" };
        var portOffset = new Option<int?>("--port-offset") { Description = "Add N to ports below 1024 (default 8000 with --local: Listen 80 becomes 8080)", HelpName = "N" };
        var only = new Option<string[]>("--only")
        {
            Description = "Start one piece: 'balancer' or 'node NAME'",
            HelpName = "balancer|node NAME",
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        only.Validators.Add(ValidateOnly);
        var statusFile = new Option<string?>("--status-file") { Description = "Write the listening endpoints and pids as JSON to FILE once everything is ready", HelpName = "FILE" };
        var inProcess = new Option<bool>("--in-process") { Description = "Run the nodes and the balancer in this one process (default: one child process each, as one JVM per node)" };
        var supervised = new Option<bool>("--supervised") { Hidden = true };
        var command = new Command("run", "Run the configured cluster on .NET: the Tomcat nodes, their session replication and the httpd balancer");
        input.AddTo(command);
        foreach (var option in new Option[] { local, portOffset, only, statusFile, inProcess, supervised })
            command.Options.Add(option);
        command.SetAction(async (parse, _) =>
        {
            var onlyValues = parse.GetValue(only) ?? [];
            var settings = new RunSettings(
                input.Read(parse),
                parse.GetValue(local),
                parse.GetValue(portOffset),
                onlyValues.Length == 1,
                onlyValues.Length == 2 ? onlyValues[1] : null,
                parse.GetValue(statusFile))
            {
                InProcess = parse.GetValue(inProcess),
                Supervised = parse.GetValue(supervised),
            };
            using var stop = new CancellationTokenSource();
            // Our own signal handling (Cli.Run turns System.CommandLine's off): a graceful stop may take longer than its 2 s.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            return await ClusterRun.ExecuteAsync(settings, stdout, stderr, stop.Token).ConfigureAwait(false);

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    private static void ValidateOnly(OptionResult result)
    {
        var values = result.Tokens.Select(t => t.Value).ToArray();
        var ok = values switch
        {
            ["balancer"] => true,
            ["node", { Length: > 0 }] => true,
            _ => false,
        };
        if (!ok)
            result.AddError($"--only takes 'balancer' or 'node NAME', not '{string.Join(' ', values)}'");
    }
}
