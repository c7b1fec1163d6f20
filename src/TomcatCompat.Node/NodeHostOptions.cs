using System.Net;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Node;

/// <summary>How <see cref="NodeHost"/> runs a NodeSpec.</summary>
public sealed record NodeHostOptions
{
    /// <summary>Absolute directory the topology's paths (webapp docBase) are relative to: the import root.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>Host name → address for connector, shutdown and cluster addresses; literals, localhost and DNS by default.</summary>
    public Func<string, IPAddress?>? Resolve { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Lowest log level written (Warning by default).</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Adds log providers; none are added when null.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
