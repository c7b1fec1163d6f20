using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using TomcatCompat.Cluster.Configuration;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Sessions;

/// <summary>
/// The application's cluster node: the channel and session manager built from server.xml, started and stopped
/// with the host. Configuration errors (what would stop Tomcat) fail the start with every diagnostic in the message.
/// </summary>
internal sealed class TomcatCluster : IHostedService, IAsyncDisposable
{
    private TomcatCluster(ClusterRuntime runtime, ISessionManager manager, WebApp app, ImmutableArray<Diagnostic> diagnostics)
    {
        Runtime = runtime;
        Manager = manager;
        App = app;
        Diagnostics = diagnostics;
        Binder = runtime.CreateBinder(manager);
    }

    public ClusterRuntime Runtime { get; }

    public ISessionManager Manager { get; }

    public JvmRouteBinder Binder { get; }

    /// <summary>Session timeout and cookie settings (web.xml, else Tomcat's defaults).</summary>
    public WebApp App { get; }

    /// <summary>Warnings and notes about parts of the configuration that are not reproduced (TC4xxx).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static TomcatCluster Load(TomcatClusterOptions options)
    {
        var serverXml = Path.GetFullPath(options.ServerXmlPath);
        var root = Path.GetDirectoryName(Path.GetDirectoryName(serverXml)) ?? "/";
        var reader = new SourceReader(new PhysicalFileSystem(), root);
        var bag = new DiagnosticBag();
        var node = TomcatNodeReader.Read(reader, serverXml, new TomcatOptions(), bag);
        var app = options.WebXmlPath is { } web ? TomcatNodeReader.ReadWebXml(reader, Path.GetFullPath(web), bag) : null;
        app ??= new WebApp { Host = "localhost", ContextPath = "", Distributable = true };
        var clusterSpec = node?.Cluster ?? node?.Hosts.Select(h => h.Cluster).FirstOrDefault(c => c is not null);
        if (node is null || clusterSpec is null || bag.HasErrors)
            throw Failure(serverXml, bag, node is null ? "it cannot be read" : clusterSpec is null ? "it has no <Cluster>" : "it has errors");
        var maxInactive = app.SessionTimeoutMinutes <= 0 ? -1 : app.SessionTimeoutMinutes * 60;
        var built = ClusterFactory.Build(clusterSpec, new ClusterBuildOptions
        {
            JvmRoute = node.JvmRoute,
            ContainerName = clusterSpec.Container == "Host" ? node.DefaultHost : node.EngineName,
            Time = options.TimeProvider,
            MaxInactiveInterval = maxInactive,
        });
        bag.AddRange(built.Diagnostics);
        if (built.Runtime is null)
            throw Failure(serverXml, bag, "Tomcat would not start its cluster");
        var manager = built.Runtime.CreateManager(options.ManagerName ?? app.Host + "#" + app.ContextPath, maxInactive);
        return new TomcatCluster(built.Runtime, manager, app, bag.ToImmutable());
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Runtime.StartAsync(cancellationToken).ConfigureAwait(false);
        await Manager.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await Runtime.StopAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => Runtime.DisposeAsync();

    private static InvalidOperationException Failure(string path, DiagnosticBag bag, string why) =>
        new($"TomcatCompat.Sessions: {path}: {why}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, bag.ToImmutable().Select(d => "  " + d)));
}
