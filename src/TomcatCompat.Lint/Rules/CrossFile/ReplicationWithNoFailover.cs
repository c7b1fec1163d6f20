using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3105: with <c>nofailover=On</c> (mod_jk <c>sticky_session_force</c>) a request whose route's
/// member is unusable fails with 503 instead of going to another member (httpd-proxy.md §3.4), so
/// the session replicas the nodes' cluster keeps are never used.
/// </summary>
internal sealed class ReplicationWithNoFailover : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3105", DiagnosticSeverity.Warning, "replication configured but nofailover=On",
        "balancer \"{0}\" has nofailover=On, but node \"{1}\" replicates the sessions of webapp \"{2}\"; a request for a failed node gets 503 and the replica is never used, so set nofailover=Off or drop the replication");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var topology = context.Topology;
        var nodes = CrossFileFacts.NodesByName(topology);
        var prefixes = BalancerReach.PrefixesByBalancer(topology);
        foreach (var balancer in CrossFileFacts.Safe(topology.Balancers))
        {
            if (!balancer.NoFailover || CrossFileFacts.Safe(balancer.StickySession).IsEmpty)
                continue;
            foreach (var (node, webapp) in BalancerReach.WebApps(balancer, nodes, prefixes))
            {
                if (!CrossFileFacts.Replicates(node, webapp))
                    continue;
                diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, node.Name, webapp.ContextPath.Length == 0 ? "/" : webapp.ContextPath);
                break;
            }
        }
    }
}
