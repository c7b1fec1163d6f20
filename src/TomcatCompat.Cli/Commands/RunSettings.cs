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
    string? StatusFile)
{
    /// <summary>--in-process: nodes and balancer in this one process instead of one child process each.</summary>
    public bool InProcess { get; init; }

    /// <summary>
    /// Hidden --supervised: this process is one piece started by the supervisor; it prints no diagnostics
    /// (the supervisor did) and stops gracefully when its standard input closes (the supervisor is gone).
    /// </summary>
    public bool Supervised { get; init; }

    /// <summary>True when this process starts the pieces as child processes (no --only, no --in-process).</summary>
    public bool Supervises => !InProcess && !OnlyBalancer && OnlyNode is null;
}
