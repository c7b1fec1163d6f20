using TomcatCompat.Config.Model;

namespace TomcatCompat.SessionStores.Configuration;

/// <summary>Which store manager, if any, a node's context runs (what the node host asks before building its managers).</summary>
internal static class ContextStoreManager
{
    /// <summary>
    /// The context's own store <c>&lt;Manager&gt;</c>; else, for a distributable context without a Manager of
    /// its own, a store manager placed in the <c>&lt;Cluster&gt;</c> (TC2703); else null. An explicit
    /// non-store Manager wins, as in Tomcat (a context's Manager is never replaced by the cluster's).
    /// </summary>
    public static ComponentSpec? For(WebApp app, ClusterSpec? cluster) =>
        app.Manager is { } own
            ? StoreManagerFactory.IsStoreManager(own) ? own : null
            : app.Distributable && StoreManagerFactory.IsStoreManager(cluster?.Manager) ? cluster!.Manager : null;

    /// <summary>True when the cluster's Manager is a store manager: no Tribes channel is needed then.</summary>
    public static bool ReplacesCluster(ClusterSpec? cluster) => StoreManagerFactory.IsStoreManager(cluster?.Manager);

    /// <summary>JvmRouteBinderValve anywhere on the node (Cluster, Engine, Host or the Context).</summary>
    public static bool HasJvmRouteBinderValve(NodeSpec spec, WebApp app, ClusterSpec? cluster) =>
        (cluster?.Valves.Any(v => v.Kind == "JvmRouteBinderValve" && v.Attributes.GetValueOrDefault("enabled", "true") == "true") ?? false) ||
        spec.Valves.Concat(spec.Hosts.SelectMany(h => h.Valves)).Concat(app.Valves).Any(v => v.Kind == "JvmRouteBinderValve");
}
