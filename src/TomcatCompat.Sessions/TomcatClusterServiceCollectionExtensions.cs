using TomcatCompat.Sessions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a Tomcat-style replicated session cluster configured from server.xml.</summary>
public static class TomcatClusterServiceCollectionExtensions
{
    /// <summary>
    /// Joins the cluster that <paramref name="serverXmlPath"/>'s <c>&lt;Cluster&gt;</c> describes (membership, receiver,
    /// interceptors, DeltaManager or BackupManager, valves) as the node with its <c>Engine@jvmRoute</c>, started and
    /// stopped with the host. <paramref name="webXmlPath"/> gives <c>session-timeout</c> and <c>cookie-config</c>.
    /// Pair with <c>app.UseTomcatSessions()</c>. A configuration Tomcat would refuse fails the host start.
    /// </summary>
    public static IServiceCollection AddTomcatCluster(this IServiceCollection services, string serverXmlPath, string? webXmlPath = null,
        Action<TomcatClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TomcatClusterOptions { ServerXmlPath = serverXmlPath, WebXmlPath = webXmlPath };
        configure?.Invoke(options);
        services.AddSingleton(_ => TomcatCluster.Load(options));
        services.AddHostedService(sp => sp.GetRequiredService<TomcatCluster>());
        return services;
    }
}
