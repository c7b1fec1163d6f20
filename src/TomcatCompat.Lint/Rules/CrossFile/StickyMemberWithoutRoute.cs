using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3106: httpd sends a sticky request to the member whose <c>route</c> equals the session id's
/// route; members with an empty route never match (httpd-proxy.md §3.3), so a sticky balancer
/// whose members lack <c>route=</c> spreads every user's requests over all members.
/// </summary>
internal sealed class StickyMemberWithoutRoute : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3106", DiagnosticSeverity.Warning, "sticky balancer member without route",
        "BalancerMember \"{0}\" of balancer \"{1}\" has no route= although the balancer is sticky on \"{2}\", so no session ever sticks to it; set route= to the node's <Engine jvmRoute>{3}");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var nodes = CrossFileFacts.NodesByName(context.Topology);
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            var sticky = CrossFileFacts.Safe(balancer.StickySession);
            var members = CrossFileFacts.Safe(balancer.Members);
            if (sticky.IsEmpty || string.IsNullOrEmpty(sticky[0]) || members.Length < 2)
                continue;
            foreach (var member in members)
            {
                if (!string.IsNullOrEmpty(member.Route))
                    continue;
                var hint = member.Node is { } name && nodes.TryGetValue(name, out var node) && !string.IsNullOrEmpty(node.JvmRoute)
                    ? $" (route={node.JvmRoute})"
                    : "";
                diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Url, balancer.Name, sticky[0], hint);
            }
        }
    }
}
