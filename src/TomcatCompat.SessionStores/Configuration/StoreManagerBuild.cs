using TomcatCompat.Cluster.Sessions;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Configuration;

/// <summary>A context's store manager and how the node pipeline must treat it.</summary>
/// <param name="Manager">The manager, not started yet.</param>
/// <param name="Filter">Requests whose session is not written (MSM <c>requestUriIgnorePattern</c>).</param>
/// <param name="BindsJvmRoute">Rename a session arriving with another node's jvmRoute (JvmRouteBinderValve, or MSM's own failover handling).</param>
internal sealed record StoreManagerBuild(StoreSessionManager Manager, ReplicationFilter Filter, bool BindsJvmRoute);
