using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2562: an external store manager (Redisson, tomcat-redis-session-manager, memcached-session-manager)
/// as a <c>&lt;Cluster&gt;</c>'s <c>&lt;Manager&gt;</c>. Real Tomcat hands that element to
/// <c>SimpleTcpCluster.setManagerTemplate(ClusterManager)</c>; a plain Manager fails with
/// "argument type mismatch" and Tomcat does not start (tomcat-cluster.md §1.5, §1.8; checked against
/// tomcat10 by StoreManagerInClusterTests). <c>import</c> and <c>run</c> only warn (TC2703) because
/// TomcatCompat runs such a config; lint is the check before deploying to the real Tomcat, so there it
/// is an error, and the front end's TC2703 for the same element is dropped so it is reported once.
/// </summary>
internal sealed class StoreManagerInClusterRefused : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2562", DiagnosticSeverity.Error, "store manager inside <Cluster> stops Tomcat",
        "<Cluster><Manager> className \"{0}\" is not a ClusterManager: the real Tomcat refuses it there (\"argument type mismatch\") and does not start (TomcatCompat's run would accept it, TC2703); move the <Manager> into conf/context.xml (or the <Context>) as the manager's docs say");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var manager = cluster.Manager;
            if (manager.Implicit || !StoreManagerClasses.IsStoreKind(manager.Kind))
                continue;
            var span = TomcatFacts.At(manager, cluster, node);
            // The front end's warning for this element says the same; this error replaces it.
            diagnostics.RemoveAll(d => d.Code == ConfigDiagnostics.StoreManagerInCluster.Code && d.Span == span);
            diagnostics.Add(Rule, span, manager.ClassName);
        }
    }
}
