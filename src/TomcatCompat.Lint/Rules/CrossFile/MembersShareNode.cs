using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3110: two members of one balancer reach the same Tomcat node (say its HTTP and its AJP
/// Connector, or two host names of one machine). httpd balances them as two workers, so that node
/// gets twice its share, and a failover from one to the other lands on the same failed node.
/// </summary>
internal sealed class MembersShareNode : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3110", DiagnosticSeverity.Warning, "two members of one balancer reach one node",
        "BalancerMember \"{0}\" reaches node \"{1}\", which member \"{2}\" ({3}) of balancer \"{4}\" already reaches; remove one of them or point it at another node");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            var first = new Dictionary<string, Config.Model.BalancerMember>(StringComparer.Ordinal);
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (member.Node is not { } node)
                    continue;
                if (first.TryGetValue(node, out var earlier))
                    diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Url, node, earlier.Url, CrossFileFacts.At(earlier.Source, balancer.Source), balancer.Name);
                else
                    first[node] = member;
            }
        }
    }
}
