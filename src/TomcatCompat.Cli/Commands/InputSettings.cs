using System.Collections.Immutable;
using TomcatCompat.Config.Binding;

namespace TomcatCompat.Cli.Commands;

/// <summary>The parsed PATHs and httpd/Tomcat switches of a verb that reads configs.</summary>
internal sealed record InputSettings(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Defines,
    IReadOnlyList<string> Properties,
    string? EnvVars,
    string? ServerRoot,
    string? TomcatVersion)
{
    /// <summary>Exit code 2 with a message when a PATH or option names something unreadable, else null.</summary>
    public int? Check(TextWriter stderr)
    {
        foreach (var path in Paths)
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

        if (EnvVars is { } env && (InputPaths.TryFull(env) is not { } envFull || !File.Exists(envFull) || InputPaths.CannotOpen(envFull) is not null))
            return Usage(stderr, $"--envvars '{env}' is not a readable file");
        if (ServerRoot is { } root && (InputPaths.TryFull(root) is not { } rootFull || !Directory.Exists(rootFull)))
            return Usage(stderr, $"--server-root '{root}' is not a directory");
        return null;
    }

    /// <param name="tomcatVersionWhenNotGiven">lint judges against 10.1 unless told; import leaves it open.</param>
    public ImportRequest ToRequest(string? tomcatVersionWhenNotGiven = null) => new()
    {
        Paths = [.. Paths.Select(InputPaths.Full)],
        Defines = [.. Defines],
        Properties = ParseProperties(Properties),
        EnvVarsFile = EnvVars is null ? null : InputPaths.Full(EnvVars),
        ServerRoot = ServerRoot is null ? null : InputPaths.Full(ServerRoot),
        TomcatVersion = TomcatVersion ?? tomcatVersionWhenNotGiven,
    };

    public static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"tomcatcompat: error: {message}");
        return ExitCodes.Usage;
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
