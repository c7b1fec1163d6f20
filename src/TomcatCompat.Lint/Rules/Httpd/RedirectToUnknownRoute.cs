using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2161: <c>BalancerMember ... redirect=R</c> where no member of the balancer has <c>route=R</c>.
/// httpd looks the redirect up as a route of the same balancer (httpd-proxy.md §3.3 step 3); when
/// none matches, the sticky users of an unusable member are simply rebalanced.
/// </summary>
internal sealed class RedirectToUnknownRoute : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2161", DiagnosticSeverity.Warning, "redirect= names no route",
        "BalancerMember \"{0}\" has redirect=\"{1}\", but no member of balancer \"{2}\" has route=\"{1}\", so the redirect never applies; set it to the route of an existing member");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            if (!HttpdFacts.IsHttpd(balancer))
                continue;
            var members = CrossFileFacts.Safe(balancer.Members);
            var routes = members.Where(m => !string.IsNullOrEmpty(m.Route)).Select(m => m.Route!).ToHashSet(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (!string.IsNullOrEmpty(member.Redirect) && !routes.Contains(member.Redirect))
                    diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Url, member.Redirect, balancer.Name);
            }
        }
    }
}
