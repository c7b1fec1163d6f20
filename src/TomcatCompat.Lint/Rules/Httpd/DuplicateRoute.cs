using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2154: two members of one mod_proxy_balancer balancer carry the same <c>route=</c>. httpd
/// accepts it silently and the route lookup takes the first usable one in definition order
/// (httpd-proxy.md §3.3, §8), so sticky users never reach the later member. mod_jk refuses the
/// same thing (TC2204).
/// </summary>
internal sealed class DuplicateRoute : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2154", DiagnosticSeverity.Warning, "two BalancerMembers share a route",
        "BalancerMember \"{0}\" has route=\"{1}\", which member \"{2}\" ({3}) of balancer \"{4}\" already has, so sticky requests for \"{1}\" always go to the first one; give each member the jvmRoute of its own node");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            if (!HttpdFacts.IsHttpd(balancer))
                continue;
            var first = new Dictionary<string, BalancerMember>(StringComparer.Ordinal);
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (string.IsNullOrEmpty(member.Route))
                    continue;
                if (first.TryGetValue(member.Route, out var earlier))
                {
                    diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Url, member.Route,
                        earlier.Url, CrossFileFacts.At(earlier.Source, balancer.Source), balancer.Name);
                }
                else
                {
                    first[member.Route] = member;
                }
            }
        }
    }
}
