namespace TomcatCompat.Cli.Commands;

/// <summary>The parsed options of <c>import</c>.</summary>
internal sealed record ImportSettings(
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> Defines,
    IReadOnlyList<string> Properties,
    string? EnvVars,
    string? ServerRoot,
    string? TomcatVersion,
    string Format,
    string? Output,
    bool ShowSecrets);
