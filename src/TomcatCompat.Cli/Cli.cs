using System.CommandLine;
using System.CommandLine.Help;
using TomcatCompat.Cli.Commands;

namespace TomcatCompat.Cli;

/// <summary>The command line as a function: arguments and two writers in, exit code out. Program and tests both call <see cref="Run"/>.</summary>
internal static class Cli
{
    /// <summary>Fixed help width so --help reads the same in a terminal, a pipe and a snapshot.</summary>
    private const int HelpWidth = 100;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = CreateRootCommand(stdout, stderr);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                foreach (var error in parse.Errors)
                    stderr.WriteLine($"tomcatcompat: error: {error.Message}");
                var verb = parse.CommandResult.Command == root ? "" : " " + parse.CommandResult.Command.Name;
                stderr.WriteLine($"Run 'tomcatcompat{verb} --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception e)
        {
            // One line, never a stack trace: a bug of ours must not look like a config problem.
            stderr.WriteLine($"tomcatcompat: internal error: {e.GetType().Name}: {e.Message}; please report this with the command line you ran");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// A plain Command rather than RootCommand: RootCommand names itself after the process
    /// (dotnet, testhost), and the usage line must say tomcatcompat however it is started.
    /// </summary>
    public static Command CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var root = new Command("tomcatcompat", "tomcatcompat: read real Apache httpd, mod_jk and Tomcat config files and emulate the cluster on .NET")
        {
            new HelpOption { Recursive = true },
            new VersionOption(),
            ImportCommand.Create(stdout, stderr),
            LintCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            RunCommand.Create(stdout, stderr),
        };
        foreach (var option in root.Options)
        {
            if (option.Action is HelpAction help)
                help.MaxWidth = HelpWidth;
        }

        return root;
    }
}
