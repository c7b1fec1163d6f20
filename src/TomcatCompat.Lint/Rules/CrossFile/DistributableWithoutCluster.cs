using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3108: a webapp marked <c>&lt;distributable/&gt;</c> on a node whose Engine and Host have no
/// <c>&lt;Cluster&gt;</c> gets a StandardManager: its sessions are not replicated and Tomcat logs
/// nothing about it (tomcat-cluster.md §4.1, §17.1).
/// </summary>
internal sealed class DistributableWithoutCluster : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3108", DiagnosticSeverity.Warning, "distributable webapp without a cluster",
        "webapp \"{0}\" is <distributable/> but node \"{1}\" has no <Cluster> in its Engine or Host \"{2}\", so its sessions are not replicated; add a <Cluster> to the Engine or drop <distributable/>");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            foreach (var webapp in CrossFileFacts.Safe(node.Webapps))
            {
                if (webapp.Distributable && CrossFileFacts.ClusterFor(node, webapp) is null)
                    diagnostics.Add(Rule, CrossFileFacts.At(webapp.Source, node.Source), webapp.ContextPath.Length == 0 ? "/" : webapp.ContextPath, node.Name, webapp.Host);
            }
        }
    }
}
