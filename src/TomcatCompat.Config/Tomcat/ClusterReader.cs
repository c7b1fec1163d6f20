using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// The whole <c>&lt;Cluster&gt;</c> subtree (§1.8, §3–§14) into a <see cref="ClusterSpec"/>,
/// implicit parts filled by <see cref="ClusterDefaults"/>, then the start-time traps checked
/// (ClusterChecks).
/// </summary>
internal static class ClusterReader
{
    private const string ClusterClass = "org.apache.catalina.ha.tcp.SimpleTcpCluster";

    /// <param name="container">"Engine" or "Host".</param>
    /// <param name="parentPath">Digester path of the parent, e.g. "Server/Service/Engine".</param>
    public static ClusterSpec Read(TomcatReadContext ctx, XElement element, string container, string parentPath)
    {
        var path = parentPath + "/Cluster";
        var cluster = ctx.Component(element, path, ClassSlot.Cluster, null, ClusterClass)
            ?? new ComponentSpec
            {
                ClassName = ClusterClass,
                Kind = "SimpleTcpCluster",
                Attributes = ctx.Attributes(element, "SimpleTcpCluster", AttributeTable.For("SimpleTcpCluster")),
                Source = ctx.At(element),
            };
        var parts = new ClusterParts { Cluster = cluster, Container = container, Source = ctx.At(element) };
        foreach (var child in element.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var childPath = path + "/" + name;
            switch (name)
            {
                case "Manager":
                    Once(ctx, child, parts.Manager, childPath);
                    parts.Manager = ctx.Component(child, childPath, ClassSlot.ClusterManager, null, "org.apache.catalina.ha.session.DeltaManager") is { } m
                        ? StoreManagerReader.Complete(ctx, child, m, inCluster: true)
                        : parts.Manager;
                    ReadManagerChildren(ctx, child, childPath);
                    break;
                case "Channel":
                    Once(ctx, child, parts.Channel, childPath);
                    parts.Channel = ctx.Component(child, childPath, ClassSlot.Channel, null, "org.apache.catalina.tribes.group.GroupChannel") ?? parts.Channel;
                    ChannelReader.Read(ctx, child, childPath, parts);
                    break;
                case "Valve":
                    ReadValve(ctx, child, childPath, parts);
                    break;
                case "Deployer":
                    parts.Deployer = ctx.Component(child, childPath, ClassSlot.Deployer, null, "org.apache.catalina.ha.deploy.FarmWarDeployer") ?? parts.Deployer;
                    if (parts.Deployer?.Kind == "FarmWarDeployer" && container == "Engine")
                        ctx.Report(ConfigDiagnostics.FarmWarDeployerAtEngine, child);
                    break;
                case "Listener":
                    Add(parts.Listeners, ctx.Component(child, childPath, ClassSlot.LifecycleListener, null));
                    break;
                case "ClusterListener":
                    Add(parts.ClusterListeners, ctx.Component(child, childPath, ClassSlot.ClusterListener, null, "org.apache.catalina.ha.session.ClusterSessionListener"));
                    break;
                default:
                    ctx.Report(ConfigDiagnostics.UnknownElement, child, name, childPath);
                    break;
            }
        }

        return ClusterChecks.Run(ctx, element, ClusterDefaults.Complete(parts, ctx.Version));
    }

    public static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
            list.Add(item);
    }

    public static void Once(TomcatReadContext ctx, XElement child, object? existing, string path)
    {
        if (existing is not null)
            ctx.Report(ConfigDiagnostics.DuplicateElement, child, TomcatReadContext.Name(child), path);
    }

    private static void ReadManagerChildren(TomcatReadContext ctx, XElement manager, string path)
    {
        foreach (var child in manager.Elements())
        {
            var name = TomcatReadContext.Name(child);
            if (name == "SessionIdGenerator")
                ctx.Component(child, path + "/" + name, ClassSlot.SessionIdGenerator, "org.apache.catalina.util.StandardSessionIdGenerator");
            else
                ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path + "/" + name);
        }
    }

    private static void ReadValve(TomcatReadContext ctx, XElement child, string path, ClusterParts parts)
    {
        var valve = ctx.Component(child, path, ClassSlot.ClusterValve | ClassSlot.Valve, null, "org.apache.catalina.ha.tcp.ReplicationValve");
        if (valve is null)
            return;
        var info = ClassNameAliases.Find(valve.ClassName);
        if (info is not null && (info.Slots & ClassSlot.ClusterValve) == 0)
        {
            // Accepted by the digester, then dropped by addValve without a log line (§1.8).
            ctx.Report(ConfigDiagnostics.NonClusterValveDropped, child, info.SimpleName);
            return;
        }

        parts.Valves.Add(valve);
    }
}
