using System.Globalization;
using System.Text;

namespace TomcatCompat.Cli.Commands;

/// <summary>
/// The command line of one piece of a supervised <c>run</c>: this same executable with the same PATHs and
/// options plus <c>--only balancer</c> or <c>--only node NAME</c> (what an operator runs on each host).
/// </summary>
internal static class RunArguments
{
    /// <summary>How to start this executable: its apphost, else <c>dotnet tomcatcompat.dll</c>, else the single-file process itself.</summary>
    public static IReadOnlyList<string> Executable()
    {
        // A native (AOT) or single-file build has no tomcatcompat.dll beside it: it is its own executable.
        var dll = Path.Combine(AppContext.BaseDirectory, "tomcatcompat.dll");
        if (!File.Exists(dll))
            return [Environment.ProcessPath ?? "tomcatcompat"];
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "tomcatcompat.exe" : "tomcatcompat");
        if (File.Exists(apphost))
            return [apphost];
        var process = Environment.ProcessPath;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        return [dotnet, dll];
    }

    /// <summary>The argv (executable first) that starts one piece: <paramref name="only"/> is ["balancer"] or ["node", NAME].</summary>
    public static IReadOnlyList<string> For(RunSettings settings, IReadOnlyList<string> only)
    {
        var input = settings.Input;
        var args = new List<string>(Executable()) { "run" };
        args.AddRange(input.Paths.Select(Path.GetFullPath));
        foreach (var define in input.Defines)
            args.AddRange(["-D", define]);
        foreach (var property in input.Properties)
            args.AddRange(["--property", property]);
        if (input.EnvVars is { } env)
            args.AddRange(["--envvars", Path.GetFullPath(env)]);
        if (input.ServerRoot is { } root)
            args.AddRange(["--server-root", Path.GetFullPath(root)]);
        if (input.TomcatVersion is { } version)
            args.AddRange(["--tomcat-version", version]);
        if (settings.Local)
            args.Add("--local");
        if (settings.PortOffset is { } offset)
            args.AddRange(["--port-offset", offset.ToString(CultureInfo.InvariantCulture)]);
        args.Add("--only");
        args.AddRange(only);
        return args;
    }

    /// <summary>The argv as one line a POSIX shell reads back unchanged.</summary>
    public static string ShellLine(IEnumerable<string> args) => string.Join(' ', args.Select(Quote));

    private static string Quote(string arg)
    {
        if (arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@+".Contains(c, StringComparison.Ordinal)))
            return arg;
        var quoted = new StringBuilder("'");
        foreach (var c in arg)
            quoted.Append(c == '\'' ? "'\\''" : c.ToString());
        return quoted.Append('\'').ToString();
    }
}
