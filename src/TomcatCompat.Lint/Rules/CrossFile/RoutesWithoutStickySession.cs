using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3107: members carry <c>route=</c> and the nodes set <c>jvmRoute</c>, but the balancer has no
/// <c>stickysession</c>, so httpd does no route logic at all (httpd-proxy.md §3.2) and every
/// request is balanced anew. Advice: the routes suggest stickiness was intended.
/// </summary>
internal sealed class RoutesWithoutStickySession : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3107", DiagnosticSeverity.Info, "routes set but balancer not sticky",
        "balancer \"{0}\" has members with route= (\"{1}\") and nodes with jvmRoute, but no stickysession, so routes are ignored; add stickysession=JSESSIONID|jsessionid if sessions should stick");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var nodes = CrossFileFacts.NodesByName(context.Topology);
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            if (!CrossFileFacts.Safe(balancer.StickySession).IsEmpty)
                continue;
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (string.IsNullOrEmpty(member.Route) || member.Node is not { } name
                    || !nodes.TryGetValue(name, out var node) || string.IsNullOrEmpty(node.JvmRoute))
                    continue;
                diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, member.Route);
                break;
            }
        }
    }
}
