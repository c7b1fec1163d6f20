using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3104: a sticky balancer sends a node's users back by the <c>.jvmRoute</c> suffix of the
/// session id. After a failover only JvmRouteBinderValve renames the replicated session to the new
/// node's route (tomcat-cluster.md §12.2, §15); without it the id keeps the dead node's route and
/// every request tries that node first. Configuring any cluster <c>&lt;Valve&gt;</c> drops the
/// implicit one (§2). Not flagged when httpd sets its own route cookie (ROUTEID recipe).
/// </summary>
internal sealed class StickyWithoutJvmRouteBinderValve : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3104", DiagnosticSeverity.Warning, "sticky balancer without JvmRouteBinderValve",
        "the <Cluster> of node \"{0}\" has no JvmRouteBinderValve although balancer \"{1}\" is sticky on \"{2}\"; after a failover the session id keeps the dead node's route, so add <Valve className=\"org.apache.catalina.ha.session.JvmRouteBinderValve\"/> to the <Cluster>");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var topology = context.Topology;
        var nodes = CrossFileFacts.NodesByName(topology);
        var prefixes = BalancerReach.PrefixesByBalancer(topology);
        var reported = new HashSet<ClusterSpec>(ReferenceEqualityComparer.Instance);
        foreach (var balancer in CrossFileFacts.Safe(topology.Balancers))
        {
            var sticky = CrossFileFacts.Safe(balancer.StickySession);
            if (sticky.IsEmpty || string.IsNullOrEmpty(sticky[0])
                || StickySessionCookieMismatch.HttpdSetsCookie(topology, balancer.Scope, sticky[0]))
                continue;
            foreach (var (node, webapp) in BalancerReach.WebApps(balancer, nodes, prefixes))
            {
                if (!CrossFileFacts.Replicates(node, webapp) || CrossFileFacts.ClusterFor(node, webapp) is not { } cluster
                    || HasBinder(cluster) || !reported.Add(cluster))
                    continue;
                diagnostics.Add(Rule, CrossFileFacts.At(cluster.Source, node.Source), node.Name, balancer.Name, sticky[0]);
            }
        }
    }

    private static bool HasBinder(ClusterSpec cluster)
    {
        foreach (var valve in CrossFileFacts.Safe(cluster.Valves))
        {
            if (valve.Kind == "JvmRouteBinderValve"
                && !string.Equals(CrossFileFacts.Attribute(valve, "enabled"), "false", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
