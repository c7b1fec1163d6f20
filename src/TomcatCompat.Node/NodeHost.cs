using System.Collections.Immutable;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TomcatCompat.Ajp.Server;
using TomcatCompat.Cluster.Configuration;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.Contexts;
using TomcatCompat.Node.Sessions;

namespace TomcatCompat.Node;

/// <summary>
/// One Tomcat instance on .NET: Kestrel on each HTTP/1.1 connector, the &lt;Server&gt; shutdown port,
/// the Engine's cluster and one session manager per context. <see cref="Create"/> builds it and
/// reports what it will not reproduce (opening no socket); <see cref="StartAsync"/> opens the sockets.
/// </summary>
public sealed partial class NodeHost : IAsyncDisposable
{
    private readonly NodeHostOptions _options;
    private readonly ClusterRuntime? _cluster;
    private readonly ImmutableArray<string> _urls;
    private readonly ImmutableArray<AjpServerOptions> _ajpOptions;
    private readonly List<AjpListener> _ajp = [];
    private readonly List<NodeContext> _contexts = [];
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private WebApplication? _app;
    private ShutdownPortListener? _shutdown;
    private bool _stopping;

    private NodeHost(NodeSpec spec, NodeHostOptions options, ClusterRuntime? cluster, ImmutableArray<string> urls, ImmutableArray<AjpServerOptions> ajp, ImmutableArray<Diagnostic> diagnostics, bool canStart)
    {
        _ajpOptions = ajp;
        Spec = spec;
        _options = options;
        _cluster = cluster;
        _urls = urls;
        Diagnostics = diagnostics;
        CanStart = canStart;
    }

    public NodeSpec Spec { get; }

    /// <summary>The jvmRoute, else the node's name.</summary>
    public string Route => Spec.JvmRoute ?? Spec.Name;

    /// <summary>TC45xx plus the cluster's TC43xx diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>False when an error means Tomcat would not start this node.</summary>
    public bool CanStart { get; }

    /// <summary>HTTP addresses actually bound (after <see cref="StartAsync"/>).</summary>
    public IReadOnlyList<string> Urls => _app is null ? [] : [.. _app.Urls];

    /// <summary>AJP/1.3 connector endpoints actually bound (after <see cref="StartAsync"/>).</summary>
    public IReadOnlyList<IPEndPoint> AjpEndpoints => [.. _ajp.Select(a => a.LocalEndpoint).OfType<IPEndPoint>()];

    /// <summary>The shutdown listener's endpoint, null when disabled (port -1) or not started.</summary>
    public IPEndPoint? ShutdownEndpoint => _shutdown?.LocalEndpoint;

    /// <summary>The cluster receiver's endpoint, null without a cluster.</summary>
    public string? Receiver => _cluster is null ? null : _cluster.Channel.LocalMember is { } m ? m.Host + ":" + m.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Completes once the node has stopped (shutdown word, <see cref="StopAsync"/>).</summary>
    public Task Stopped => _stopped.Task;

    internal IReadOnlyList<NodeContext> Contexts => _contexts;

    internal ClusterRuntime? Cluster => _cluster;

    public static async Task<NodeHost> StartAsync(NodeSpec spec, NodeHostOptions options, CancellationToken ct)
    {
        var host = Create(spec, options);
        if (!host.CanStart)
            throw new InvalidOperationException("node " + spec.Name + " cannot start: " + string.Join("; ", host.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        await host.StartAsync(ct).ConfigureAwait(false);
        return host;
    }

    public async Task StartAsync(CancellationToken ct)
    {
        if (!CanStart)
            throw new InvalidOperationException("node " + Spec.Name + " has errors and cannot start");
        if (_cluster is not null)
            await _cluster.StartAsync(ct).ConfigureAwait(false);
        await CreateContextsAsync(ct).ConfigureAwait(false);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(NodeHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(_options.MinimumLogLevel);
        _options.ConfigureLogging?.Invoke(builder.Logging);
        // Tomcat 10 sends no Server header.
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls([.. _urls]);
        var app = builder.Build();
        var registry = new ContextRegistry(Spec, _contexts);
        UseAccessLogs(app, registry, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TomcatCompat.Node.AccessLog"));
        var handler = new NodeRequestHandler(registry, _options.Time);
        app.Run(handler.HandleAsync);
        // Without an HTTP connector Kestrel is not started: it would bind its default localhost:5000.
        if (_urls.Length > 0)
            await app.StartAsync(ct).ConfigureAwait(false);
        _app = app;
        StartAjp(handler.HandleAsync, app.Services);

        if (Spec.ShutdownPort >= 0)
        {
            var address = Resolve(Spec.ShutdownAddress) ?? IPAddress.Loopback;
            _shutdown = new ShutdownPortListener(address, Spec.ShutdownPort, Spec.ShutdownCommand, () => StopAsync(CancellationToken.None));
            _shutdown.Start();
        }
    }

    /// <summary>Graceful stop: shutdown port, HTTP, then managers and the channel (members hear a shutdown message).</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        await _stopGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_stopping)
                return;
            _stopping = true;
            if (_shutdown is not null)
                await _shutdown.DisposeAsync().ConfigureAwait(false);
            foreach (var listener in _ajp)
                await listener.DisposeAsync().ConfigureAwait(false);
            if (_app is not null && _urls.Length > 0)
            {
                await _app.StopAsync(ct).ConfigureAwait(false);
                await _app.DisposeAsync().ConfigureAwait(false);
            }
            else if (_app is not null)
            {
                await _app.DisposeAsync().ConfigureAwait(false);
            }

            await StopAccessLogsAsync().ConfigureAwait(false);
            foreach (var context in _contexts.Where(c => !c.Replicated))
                await context.Manager.StopAsync(ct).ConfigureAwait(false);
            if (_cluster is not null)
                await _cluster.StopAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _stopGate.Release();
            _stopped.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    /// <summary>
    /// Opens each AJP connector. A port that cannot be bound fails only that connector, as in Tomcat
    /// ("Failed to start component [Connector[...]]"; tomcat-cluster.md, start-up failures).
    /// </summary>
    private void StartAjp(Microsoft.AspNetCore.Http.RequestDelegate application, IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("TomcatCompat.Ajp");
        foreach (var options in _ajpOptions)
        {
            var listener = new AjpListener(options, application, services, logger);
            try
            {
                listener.Start();
                _ajp.Add(listener);
            }
            catch (System.Net.Sockets.SocketException e)
            {
                logger.LogError(e, "node {Node}: failed to start AJP connector {Connector}: {Message}", Spec.Name, options.Name, e.Message);
            }
        }
    }

    private IPAddress? Resolve(string host) => (_options.Resolve ?? ClusterBuildOptions.DefaultResolve)(host);
}
