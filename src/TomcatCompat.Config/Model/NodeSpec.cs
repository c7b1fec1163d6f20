using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>One Tomcat instance: a server.xml with its Service, Engine, Hosts, cluster and webapps.</summary>
public sealed record NodeSpec
{
    /// <summary>The Engine's jvmRoute, else the name of the folder that holds conf/server.xml.</summary>
    public required string Name { get; init; }

    /// <summary>Tomcat <c>Engine@jvmRoute</c>; null when unset.</summary>
    public string? JvmRoute { get; init; }

    /// <summary>Tomcat <c>Server@port</c>, default 8005; -1 disables the shutdown listener.</summary>
    public int ShutdownPort { get; init; } = 8005;

    /// <summary>Tomcat <c>Server@address</c>, default localhost.</summary>
    public string ShutdownAddress { get; init; } = "localhost";

    /// <summary>Tomcat <c>Server@shutdown</c>, default SHUTDOWN (redacted in output).</summary>
    public string ShutdownCommand { get; init; } = "SHUTDOWN";

    /// <summary><c>Service@name</c>, default Catalina.</summary>
    public string ServiceName { get; init; } = "Catalina";

    /// <summary><c>Engine@name</c>.</summary>
    public string EngineName { get; init; } = "Catalina";

    /// <summary><c>Engine@defaultHost</c>.</summary>
    public string DefaultHost { get; init; } = "localhost";

    public ImmutableArray<Connector> Connectors { get; init; } = [];

    /// <summary><c>Server@portOffset</c> (9.0.13+), default 0; already added to <see cref="Connector.Port"/>.</summary>
    public int PortOffset { get; init; }

    /// <summary>Service <c>&lt;Executor&gt;</c> thread pools, by name.</summary>
    public ImmutableArray<ComponentSpec> Executors { get; init; } = [];

    public ImmutableArray<HostSpec> Hosts { get; init; } = [];

    /// <summary>The Engine-level <c>&lt;Cluster&gt;</c> (Host-level clusters live on <see cref="HostSpec"/>).</summary>
    public ClusterSpec? Cluster { get; init; }

    /// <summary>Webapps of every Host (contexts from server.xml and from appBase directories).</summary>
    public ImmutableArray<WebApp> Webapps { get; init; } = [];

    /// <summary>Valves declared on the Engine (AccessLogValve, …).</summary>
    public ImmutableArray<ValveSpec> Valves { get; init; } = [];

    public SourceSpan Source { get; init; }
}
