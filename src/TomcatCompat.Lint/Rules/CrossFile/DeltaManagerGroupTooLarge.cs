using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3103: DeltaManager replicates every session change to every node (all-to-all,
/// tomcat-cluster.md §4.4); the Tomcat cluster how-to advises it only for small clusters (up to 4
/// nodes) and BackupManager beyond; an external store (Redis, memcached) scales further (docs/performance.md). A group is the nodes sharing one multicast address:port, or the
/// members a static membership lists plus the node itself.
/// </summary>
internal sealed class DeltaManagerGroupTooLarge : ILintRule
{
    private const int Limit = 4;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3103", DiagnosticSeverity.Info, "DeltaManager in a large replication group",
        "<Manager className=\"{0}\"> replicates all-to-all across {1} nodes in replication group {2}; above {3} nodes use BackupManager (primary/backup) or an external session store: org.redisson.tomcat.RedissonSessionManager, com.orangefunction.tomcat.redissessions.RedisSessionManager (Redis) or de.javakaffee.web.msm.MemcachedBackupSessionManager (memcached) in conf/context.xml, whose cost per write does not grow with the nodes");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<string, (int Size, NodeSpec First, ClusterSpec Cluster)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            foreach (var cluster in CrossFileFacts.Clusters(node))
            {
                if (cluster.Manager.Kind != "DeltaManager")
                    continue;
                var (key, size) = Group(cluster.Channel);
                if (groups.TryGetValue(key, out var seen))
                    groups[key] = (size > 0 ? Math.Max(seen.Size, size) : seen.Size + 1, seen.First, seen.Cluster);
                else
                {
                    groups[key] = (size > 0 ? size : 1, node, cluster);
                    order.Add(key);
                }
            }
        }

        foreach (var key in order)
        {
            var (size, first, cluster) = groups[key];
            if (size > Limit)
                diagnostics.Add(Rule, CrossFileFacts.At(cluster.Manager.Source, CrossFileFacts.At(cluster.Source, first.Source)),
                    cluster.Manager.ClassName, size, key, Limit);
        }
    }

    /// <summary>The group key and, for static membership, its size (0 = count the nodes sharing the key).</summary>
    private static (string Key, int Size) Group(ChannelSpec channel)
    {
        foreach (var interceptor in CrossFileFacts.Safe(channel.Interceptors))
        {
            if (interceptor.Component.Kind == "StaticMembershipInterceptor")
                return ("static", CrossFileFacts.Safe(interceptor.Members).Length + 1);
        }

        var membership = channel.Membership;
        if (membership.Mode != "multicast")
            return (membership.Mode, CrossFileFacts.Safe(membership.Members).Length + 1);
        var address = CrossFileFacts.Attribute(membership.Service, "address") ?? "228.0.0.4";
        var port = CrossFileFacts.Attribute(membership.Service, "port") ?? "45564";
        var domain = CrossFileFacts.Attribute(membership.Service, "domain");
        return ($"multicast {address}:{port}{(string.IsNullOrEmpty(domain) ? "" : " domain " + domain)}", 0);
    }
}
