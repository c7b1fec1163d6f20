using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2558: a cluster DeltaManager with <c>expireSessionsOnShutdown="true"</c>. When the node stops,
/// it expires its sessions on every node, so a rolling restart logs out the users of the node being
/// restarted: exactly what replication was meant to prevent (tomcat-cluster.md §4.4, §5.2).
/// Checked on the Cluster's Manager template and on a context's own DeltaManager that finds a cluster.
/// </summary>
internal sealed class ExpireSessionsOnShutdown : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2558", DiagnosticSeverity.Warning, "expireSessionsOnShutdown in a cluster",
        "<Manager> DeltaManager expireSessionsOnShutdown=\"true\"{0} expires this node's sessions on every node when it stops, so a rolling restart logs its users out cluster-wide; remove it (the default is false)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            foreach (var cluster in CrossFileFacts.Clusters(node))
            {
                if (Expires(cluster.Manager))
                    diagnostics.Add(Rule, TomcatFacts.At(cluster.Manager, cluster, node), "");
            }

            foreach (var webapp in CrossFileFacts.Safe(node.Webapps))
            {
                if (webapp.Manager is { } manager && Expires(manager) && CrossFileFacts.ClusterFor(node, webapp) is not null)
                    diagnostics.Add(Rule, CrossFileFacts.At(manager.Source, node.Source), $" of context \"{(webapp.ContextPath.Length == 0 ? "/" : webapp.ContextPath)}\"");
            }
        }
    }

    private static bool Expires(ComponentSpec manager) =>
        manager.Kind == "DeltaManager" && string.Equals(CrossFileFacts.Attribute(manager, "expireSessionsOnShutdown")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
