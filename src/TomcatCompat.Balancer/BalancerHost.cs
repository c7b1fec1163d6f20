using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly BalancerHostOptions _options;
    private readonly ListenConfiguration? _listen;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly List<Task> _retired = [];
    private ImmutableArray<AccessLogWriter> _logWriters;

    private BalancerHost(WebApplication app, BalancerHostOptions options, ListenConfiguration? listen, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<AccessLogWriter> logWriters)
    {
        _app = app;
        _options = options;
        _listen = listen;
        _logWriters = logWriters;
        Diagnostics = diagnostics;
    }

    /// <summary>What the topology uses that the balancer does not reproduce (TC44xx).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The addresses actually bound (ports resolved when 0 was asked for).</summary>
    public IReadOnlyList<string> Urls => [.. _app.Urls];

    internal YarpMapping Mapping => Registry.Mapping;

    internal IServiceProvider Services => _app.Services;

    private BalancerRegistry Registry => _app.Services.GetRequiredService<BalancerRegistry>();

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
        ListenConfiguration? listen = null;
        if (options.Urls.IsDefaultOrEmpty)
        {
            // Listen lines become reloadable Kestrel endpoints: a reload rebinds like httpd's restart.
            listen = new ListenConfiguration(urls);
            var endpoints = new ConfigurationBuilder().Add(listen).Build();
            builder.WebHost.ConfigureKestrel(k => k.Configure(endpoints, reloadOnChange: true));
        }
        else
        {
            builder.WebHost.UseUrls([.. urls]);
        }

        builder.Services.AddTomcatCompatBalancer(mapping, options.TimeProvider ?? TimeProvider.System);

        var app = builder.Build();
        var writers = OpenAccessLogs(mapping, AccessLogRoot(options, topology));
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseMiddleware<HeaderRuleMiddleware>();
        app.MapReverseProxy(pipeline => pipeline.UseMiddleware<BalancerMiddleware>());
        await app.StartAsync(ct).ConfigureAwait(false);
        return new BalancerHost(app, options, listen, diagnostics.ToImmutable(), writers);
    }

    /// <summary>
    /// httpd's restart on SIGHUP: maps <paramref name="topology"/> (re-read from the same files by the
    /// caller) and, when neither it nor the mapping has errors, swaps routes, clusters and the mount
    /// table in at once. Like httpd without <c>BalancerPersist On</c> (httpd-proxy.md §2.10) every
    /// member starts afresh: status from <c>status=</c>, lbstatus 0, error state and balancer-manager
    /// changes gone, a new nonce. Access logs are reopened (log rotation); changed <c>Listen</c> lines
    /// are rebound. With errors the old configuration keeps serving untouched.
    /// </summary>
    public async Task<BalancerReloadResult> ReloadAsync(Topology topology, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(topology);
        await _reloading.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var mapping = TopologyToYarp.Map(topology);
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(topology.Diagnostics);
            diagnostics.AddRange(mapping.Diagnostics);
            var urls = _listen is null ? null : ListenUrls(topology, diagnostics);
            var found = diagnostics.ToImmutable();
            var errors = found.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (errors > 0 || urls is { Count: 0 })
            {
                var why = errors > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{errors} error(s)")
                    : "no Listen lines";
                return new BalancerReloadResult(false, found, [$"reload refused: the new configuration has {why}; the old configuration keeps serving"]);
            }

            var notices = ImmutableArray.CreateBuilder<string>();
            var writers = OpenAccessLogs(mapping, AccessLogRoot(_options, topology));
            BalancerReload.Swap(_app.Services, Registry, mapping);
            Retire(_logWriters);
            _logWriters = writers;
            notices.Add(string.Create(CultureInfo.InvariantCulture,
                $"reloaded: {mapping.Balancers.Count} balancer(s), {topology.Mounts.Length} mount(s); member state starts afresh as after httpd's restart"));
            if (urls is not null && _listen!.Replace(urls))
            {
                notices.Add(await WaitForRebindAsync(urls, ct).ConfigureAwait(false)
                    ? "listening on " + string.Join(", ", Urls)
                    : "Listen changed but Kestrel could not bind every new address (in use?); listening on " + string.Join(", ", Urls));
            }

            return new BalancerReloadResult(true, found, notices.ToImmutable());
        }
        finally
        {
            _reloading.Release();
        }
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

        Task[] retired;
        lock (_retired)
        {
            retired = [.. _retired];
        }

        await Task.WhenAll(retired).ConfigureAwait(false);
        _reloading.Dispose();
    }

    /// <summary>Kestrel rebinds in the background after the endpoint configuration changed; waits (≤ 10 s) until the bound ports are the wanted ones.</summary>
    private async Task<bool> WaitForRebindAsync(IReadOnlyList<string> wanted, CancellationToken ct)
    {
        var ports = wanted.Select(u => new Uri(u.Replace("*", "0.0.0.0", StringComparison.Ordinal)).Port).ToHashSet();
        for (var i = 0; i < 200; i++)
        {
            var bound = Urls.Select(u => new Uri(u).Port).ToHashSet();
            if (bound.SetEquals(ports))
            {
                return true;
            }

            await Task.Delay(50, ct).ConfigureAwait(false);
        }

        return false;
    }

    private static string? AccessLogRoot(BalancerHostOptions options, Topology topology) =>
        options.AccessLogRoot ?? (topology.HttpdServers.FirstOrDefault()?.ServerRoot is { Length: > 0 } serverRoot
            ? Path.Combine(options.ImportRoot ?? ".", serverRoot)
            : options.ImportRoot);

    /// <summary>
    /// Closes the previous generation's log files once requests still running on the old mapping had
    /// time to log (their lines are not lost: the writer drains its queue before it closes).
    /// </summary>
    private void Retire(ImmutableArray<AccessLogWriter> writers)
    {
        if (writers.IsEmpty)
        {
            return;
        }

        var task = Task.Run(async () =>
        {
            await Task.Delay(BalancerReload.LogRetireDelay).ConfigureAwait(false);
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        });
        lock (_retired)
        {
            _retired.RemoveAll(t => t.IsCompleted);
            _retired.Add(task);
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
