namespace TomcatCompat.Cli.Commands;

/// <summary>The parsed options of <c>run</c>.</summary>
/// <param name="Local">--local: every address on its own loopback address.</param>
/// <param name="PortOffset">--port-offset: added to ports below 1024 (default 8000 under --local).</param>
/// <param name="OnlyBalancer">--only balancer.</param>
/// <param name="OnlyNode">--only node NAME.</param>
/// <param name="StatusFile">--status-file: where the listening endpoints are written as JSON.</param>
internal sealed record RunSettings(
    InputSettings Input,
    bool Local,
    int? PortOffset,
    bool OnlyBalancer,
    string? OnlyNode,
    string? StatusFile);
