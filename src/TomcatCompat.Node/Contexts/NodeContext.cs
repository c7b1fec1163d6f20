using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Contexts;

/// <summary>One deployed context of a node: its webapp settings, its session manager and what it serves.</summary>
internal sealed class NodeContext
{
    public required WebApp App { get; init; }

    /// <summary>The node's jvmRoute, else its name: what the test page shows as <c>node</c>.</summary>
    public required string NodeName { get; init; }

    /// <summary>Tomcat's manager name: <c>host#/path</c> (<c>host#</c> for ROOT).</summary>
    public required string ManagerName { get; init; }

    public required ISessionManager Manager { get; init; }

    /// <summary>Null when no JvmRouteBinderValve is configured (or the context is not replicated).</summary>
    public JvmRouteBinder? Binder { get; init; }

    public ReplicationFilter Filter { get; init; } = ReplicationFilter.None;

    /// <summary>True when the context's sessions go through the cluster.</summary>
    public bool Replicated { get; init; }

    /// <summary>True when the built-in session test page answers for index and JSP paths.</summary>
    public bool ServesTestApp { get; init; }

    /// <summary>The context's directory on disk, when it exists.</summary>
    public string? Directory { get; init; }
}
