using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace TomcatCompat.Balancer;

/// <summary>How <see cref="BalancerHost"/> runs a topology.</summary>
public sealed record BalancerHostOptions
{
    /// <summary>URLs to bind instead of the topology's <c>Listen</c> lines (tests use <c>http://127.0.0.1:0</c>).</summary>
    public ImmutableArray<string> Urls { get; init; } = [];

    /// <summary>Clock for retry/error times; the system clock by default.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Lowest log level written (Warning by default: per-request Information logs cost ~30% throughput).</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Directory that relative <c>CustomLog</c> paths are resolved against; default the topology's ServerRoot, else the current directory.</summary>
    public string? AccessLogRoot { get; init; }

    /// <summary>
    /// Directory the topology's paths are relative to (the import root): the topology's ServerRoot is
    /// resolved against it, as <c>import</c> maps absolute paths into the imported tree. Null = the current directory.
    /// </summary>
    public string? ImportRoot { get; init; }

    /// <summary>Adds log providers; none are added when null.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
