using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Forwarding;
using TomcatCompat.Balancer.Headers;
using TomcatCompat.Balancer.Logging;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer;

/// <summary>
/// A running balancer: Kestrel bound to the topology's <c>Listen</c> addresses (or the options' URLs),
/// YARP routing every request through httpd's balancer semantics. Start with <see cref="StartAsync"/>,
/// end with <see cref="StopAsync"/> or dispose.
/// </summary>
public sealed class BalancerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ImmutableArray<AccessLogWriter> _logWriters;

    private BalancerHost(WebApplication app, YarpMapping mapping, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<AccessLogWriter> logWriters)
    {
        _app = app;
        _logWriters = logWriters;
        Mapping = mapping;
        Diagnostics = diagnostics;
    }

    /// <summary>What the topology uses that the balancer does not reproduce (TC44xx).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The addresses actually bound (ports resolved when 0 was asked for).</summary>
    public IReadOnlyList<string> Urls => [.. _app.Urls];

    internal YarpMapping Mapping { get; }

    internal IServiceProvider Services => _app.Services;

    public static async Task<BalancerHost> StartAsync(Topology topology, BalancerHostOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(options);
        var mapping = TopologyToYarp.Map(topology);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(mapping.Diagnostics);
        var urls = options.Urls.IsDefaultOrEmpty ? ListenUrls(topology, diagnostics) : [.. options.Urls];
        if (urls.Count == 0)
        {
            // httpd: "no listening sockets available, shutting down".
            throw new InvalidOperationException("no listening sockets available: the topology has no Listen lines and no URLs were given");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(BalancerHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls([.. urls]);
        builder.Services.AddTomcatCompatBalancer(mapping, options.TimeProvider ?? TimeProvider.System);

        var app = builder.Build();
        var writers = OpenAccessLogs(mapping, options.AccessLogRoot ?? topology.HttpdServers.FirstOrDefault()?.ServerRoot);
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseMiddleware<HeaderRuleMiddleware>();
        app.MapReverseProxy(pipeline => pipeline.UseMiddleware<BalancerMiddleware>());
        await app.StartAsync(ct).ConfigureAwait(false);
        return new BalancerHost(app, mapping, diagnostics.ToImmutable(), writers);
    }

    public Task StopAsync(CancellationToken ct) => _app.StopAsync(ct);

    /// <summary>Waits until every access-log line written so far is on disk.</summary>
    public Task FlushAccessLogsAsync() => Task.WhenAll(_logWriters.Select(w => w.FlushAsync()));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        foreach (var writer in _logWriters)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One background writer per distinct file; relative paths resolve against ServerRoot, as httpd does.</summary>
    private static ImmutableArray<AccessLogWriter> OpenAccessLogs(YarpMapping mapping, string? root)
    {
        var writers = new Dictionary<string, AccessLogWriter>(StringComparer.Ordinal);
        foreach (var scope in mapping.Mounts.Scopes)
        {
            foreach (var log in scope.AccessLogs)
            {
                var path = Path.IsPathRooted(log.Spec.Target) ? log.Spec.Target : Path.Combine(string.IsNullOrEmpty(root) ? "." : root, log.Spec.Target);
                path = Path.GetFullPath(path);
                if (!writers.TryGetValue(path, out var writer))
                {
                    writer = new AccessLogWriter(path);
                    writers[path] = writer;
                }

                log.Writer = writer;
            }
        }

        return [.. writers.Values];
    }

    private static List<string> ListenUrls(Topology topology, DiagnosticBag diagnostics)
    {
        var urls = new List<string>();
        foreach (var listen in topology.Listens)
        {
            if (!string.IsNullOrEmpty(listen.Protocol) && !listen.Protocol.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(BalancerDiagnostics.ListenProtocolUnsupported, listen.Source,
                    listen.Address is null ? listen.Port.ToString(CultureInfo.InvariantCulture) : $"{listen.Address}:{listen.Port}", listen.Protocol);
            }

            var host = listen.Address switch
            {
                null or "" or "*" or "0.0.0.0" => "*",
                var a when a.Contains(':') && !a.StartsWith('[') => "[" + a + "]",
                var a => a,
            };
            urls.Add(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{listen.Port}"));
        }

        return urls;
    }
}
