using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3109: a <c>&lt;Cluster&gt;</c> replicates only webapps whose web.xml has
/// <c>&lt;distributable/&gt;</c> (or that name a cluster Manager themselves); the others get a
/// StandardManager and Tomcat says so only at DEBUG (tomcat-cluster.md §4.1, §17.1). Flagged when
/// no webapp the cluster serves replicates.
/// </summary>
internal sealed class ClusterWithoutDistributable : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3109", DiagnosticSeverity.Warning, "cluster without a distributable webapp",
        "node \"{0}\" has a <Cluster>, but none of its webapps ({1}) is <distributable/>, so no session is replicated; add <distributable/> to the web.xml of the webapps that need failover");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            var served = new Dictionary<ClusterSpec, List<WebApp>>(ReferenceEqualityComparer.Instance);
            foreach (var webapp in CrossFileFacts.Safe(node.Webapps))
            {
                if (CrossFileFacts.ClusterFor(node, webapp) is not { } cluster)
                    continue;
                if (!served.TryGetValue(cluster, out var list))
                    served[cluster] = list = [];
                list.Add(webapp);
            }

            foreach (var (cluster, webapps) in served)
            {
                if (webapps.Exists(w => CrossFileFacts.Replicates(node, w)))
                    continue;
                var names = string.Join(", ", webapps.Take(5).Select(w => w.ContextPath.Length == 0 ? "/" : w.ContextPath));
                diagnostics.Add(Rule, CrossFileFacts.At(cluster.Source, node.Source), node.Name, webapps.Count > 5 ? names + ", …" : names);
            }
        }
    }
}
