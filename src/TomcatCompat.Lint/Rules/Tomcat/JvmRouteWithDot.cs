using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2557: <c>Engine@jvmRoute</c> contains a dot. Session ids are <c>&lt;hex&gt;.&lt;jvmRoute&gt;</c> and
/// the route is read as everything after the first dot (tomcat-cluster.md §15), which mod_jk,
/// mod_proxy_balancer and JvmRouteBinderValve agree on only while the route has no dot of its own;
/// a mod_jk worker (whose name is the route) cannot even be named with a dot, because
/// workers.properties splits keys on dots.
/// </summary>
internal sealed class JvmRouteWithDot : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2557", DiagnosticSeverity.Warning, "jvmRoute contains a dot",
        "<Engine jvmRoute=\"{0}\"> contains '.', but the route of a session id is read as the text after its first '.', and a mod_jk worker name cannot contain '.'; use letters, digits, '-' or '_' only (for example \"{1}\")");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            if (node.JvmRoute is { } route && route.Contains('.', StringComparison.Ordinal))
                diagnostics.Add(Rule, CrossFileFacts.At(node.Source), route, route.Replace('.', '_'));
        }
    }
}
