namespace TomcatCompat.Cli.Commands;

/// <summary>The parsed options of <c>import</c>.</summary>
internal sealed record ImportSettings(InputSettings Input, string Format, string? Output, bool ShowSecrets);
