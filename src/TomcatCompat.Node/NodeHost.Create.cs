using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Cluster.Configuration;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Ajp.Server;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.Connectors;
using TomcatCompat.Node.Contexts;
using TomcatCompat.Node.Diagnostics;
using TomcatCompat.Node.Sessions;
using TomcatCompat.SessionStores.Configuration;

namespace TomcatCompat.Node;

// Building a node from its spec: everything decided before a socket opens.
public sealed partial class NodeHost
{
    /// <summary>Builds the node and its cluster without opening a socket; check <see cref="Diagnostics"/> and <see cref="CanStart"/>.</summary>
    public static NodeHost Create(NodeSpec spec, NodeHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var (urls, ajp) = ConnectorUrls(spec, options.Resolve ?? ClusterBuildOptions.DefaultResolve, diagnostics);
        CheckAccessLogs(spec, diagnostics);

        ClusterRuntime? runtime = null;
        var canStart = true;
        var clusterOfNode = spec.Cluster ?? spec.Hosts.Select(h => h.Cluster).FirstOrDefault(c => c is not null);
        // A store manager in the <Cluster> (TC2703) replaces replication: no Tribes channel is built.
        if (clusterOfNode is { } clusterSpec && !ContextStoreManager.ReplacesCluster(clusterSpec))
        {
            var result = ClusterFactory.Build(clusterSpec, new ClusterBuildOptions
            {
                JvmRoute = spec.JvmRoute,
                ContainerName = clusterSpec.Container == "Host" ? spec.DefaultHost : spec.EngineName,
                Time = options.Time,
                Resolve = options.Resolve ?? ClusterBuildOptions.DefaultResolve,
            });
            diagnostics.AddRange(result.Diagnostics);
            runtime = result.Runtime;
            canStart = runtime is not null;
        }

        foreach (var app in spec.Webapps)
        {
            if (ContextStoreManager.For(app, clusterOfNode) is { } store)
                canStart &= StoreManagerFactory.Create(store, app.Host + "#" + app.ContextPath, 1800, spec.JvmRoute, diagnostics) is not null;
            else if (runtime is null)
                diagnostics.Add(NodeDiagnostics.SessionsNotReplicated, app.Source, Display(app), "on a node without a usable <Cluster>", "add a <Cluster> to the Engine");
            else if (!app.Distributable)
                diagnostics.Add(NodeDiagnostics.SessionsNotReplicated, app.Source, Display(app), "not marked <distributable/>", "add <distributable/> to its WEB-INF/web.xml");
            if (IsTestApp(app, options) is not null)
                diagnostics.Add(NodeDiagnostics.SessionTestAppServed, app.Source.Line > 0 ? app.Source : spec.Source, Display(app));
        }

        return new NodeHost(spec, options, runtime, urls, ajp, diagnostics.ToImmutable(), canStart && !diagnostics.HasErrors);
    }

    private static (ImmutableArray<string> Urls, ImmutableArray<AjpServerOptions> Ajp) ConnectorUrls(NodeSpec spec, Func<string, System.Net.IPAddress?> resolve, DiagnosticBag diagnostics)
    {
        var urls = ImmutableArray.CreateBuilder<string>();
        var ajp = ImmutableArray.CreateBuilder<AjpServerOptions>();
        foreach (var connector in spec.Connectors)
        {
            var port = connector.Port.ToString(CultureInfo.InvariantCulture);
            if (connector.Scheme == "ajp")
            {
                if (AjpConnectorSetup.Create(connector, resolve, diagnostics) is { } options)
                    ajp.Add(options);
            }
            else if (connector.Attributes.GetValueOrDefault("SSLEnabled") == "true")
                diagnostics.Add(NodeDiagnostics.TlsConnectorNotServed, connector.Source, port);
            else
                urls.Add("http://" + UrlHost(connector.Address) + ":" + port);
        }

        if (urls.Count == 0 && ajp.Count == 0)
            diagnostics.Add(NodeDiagnostics.NoHttpConnector, spec.Source, spec.Name);
        return (urls.ToImmutable(), ajp.ToImmutable());
    }

    /// <summary>Tomcat's <c>address</c>: absent or 0.0.0.0 means every address.</summary>
    internal static string UrlHost(string? address) => address switch
    {
        null or "" or "0.0.0.0" or "*" => "*",
        var a when a.Contains(':') && !a.StartsWith('[') => "[" + a + "]",
        var a => a,
    };

    private static string Display(WebApp app) => app.ContextPath.Length == 0 ? "/ (ROOT)" : app.ContextPath;

    /// <summary>
    /// The context's directory, and whether it has content TomcatCompat can serve: a missing directory or
    /// one holding only WEB-INF, META-INF and JSPs gets the session test page. Returns null when it has
    /// content of its own.
    /// </summary>
    private static (string? Directory, bool TestApp)? IsTestApp(WebApp app, NodeHostOptions options)
    {
        var directory = app.DocBase is null || options.ContentRoot is null ? null : Path.GetFullPath(Path.Combine(options.ContentRoot, app.DocBase));
        if (directory is null || !System.IO.Directory.Exists(directory))
            return (null, true);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (!relative.StartsWith("WEB-INF/", StringComparison.OrdinalIgnoreCase) && !relative.StartsWith("META-INF/", StringComparison.OrdinalIgnoreCase) &&
                !relative.EndsWith(".jsp", StringComparison.OrdinalIgnoreCase))
                return null;
        }

        return (directory, true);
    }

    private async Task CreateContextsAsync(CancellationToken ct)
    {
        foreach (var app in Spec.Webapps)
        {
            var name = app.Host + "#" + app.ContextPath;
            var replicated = _cluster is not null && app.Distributable;
            var maxInactive = app.SessionTimeoutMinutes <= 0 ? -1 : app.SessionTimeoutMinutes * 60;
            ISessionManager manager;
            var clusterOfNode = Spec.Cluster ?? Spec.Hosts.Select(h => h.Cluster).FirstOrDefault(c => c is not null);
            if (ContextStoreManager.For(app, clusterOfNode) is { } storeSpec &&
                StoreManagerFactory.Create(storeSpec, name, maxInactive, Spec.JvmRoute, new DiagnosticBag(), line => Console.Error.WriteLine("[" + Route + "] " + line), _options.Time) is { } store)
            {
                // External session store (Redisson, RedisSessionManager, memcached-session-manager).
                await store.Manager.StartAsync(ct).ConfigureAwait(false);
                var binds = store.BindsJvmRoute || ContextStoreManager.HasJvmRouteBinderValve(Spec, app, clusterOfNode);
                _contexts.Add(NewContext(app, name, store.Manager, binds ? new JvmRouteBinder(store.Manager, Spec.JvmRoute) : null, store.Filter, true));
                continue;
            }

            if (replicated)
            {
                manager = _cluster!.CreateManager(name, maxInactive);
                await manager.StartAsync(ct).ConfigureAwait(false);
            }
            else
            {
                // Tomcat: StandardManager; a DeltaManager without members keeps sessions local.
                manager = new DeltaManager(new DeltaManagerOptions { Name = name, MaxInactiveInterval = maxInactive }, LocalReplicationChannel.Instance, new SessionIdGenerator(16, Spec.JvmRoute), _options.Time);
            }

            _contexts.Add(NewContext(app, name, manager, replicated ? _cluster!.CreateBinder(manager) : null, replicated ? _cluster!.ReplicationFilter : ReplicationFilter.None, replicated));
        }
    }

    private NodeContext NewContext(WebApp app, string name, ISessionManager manager, JvmRouteBinder? binder, ReplicationFilter filter, bool replicated)
    {
        var test = IsTestApp(app, _options);
        var directory = test?.Directory ?? (app.DocBase is null || _options.ContentRoot is null ? null : Path.GetFullPath(Path.Combine(_options.ContentRoot, app.DocBase)));
        return new NodeContext
        {
            App = app,
            NodeName = Route,
            ManagerName = name,
            Manager = manager,
            Binder = binder,
            Filter = filter,
            Replicated = replicated,
            ServesTestApp = test is not null,
            Directory = directory,
        };
    }
}
