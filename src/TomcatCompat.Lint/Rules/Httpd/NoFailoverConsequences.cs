using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2155: <c>nofailover=On</c> on a sticky mod_proxy_balancer balancer. When the member a
/// session's route names is unusable, httpd answers 503 (AH01167) instead of balancing the
/// request elsewhere (httpd-proxy.md §3.4, trap 14). Advice: right only when sessions are not
/// replicated and a lost session is worse than an error page.
/// </summary>
internal sealed class NoFailoverConsequences : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2155", DiagnosticSeverity.Info, "nofailover=On: users of a dead member get 503",
        "balancer \"{0}\" has nofailover=On, so while a member is down every user whose {1} route names it gets 503 (httpd AH01167) instead of another member; keep it only if sessions are not replicated, otherwise remove nofailover");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            // Without stickysession no route is ever extracted, so nofailover has nothing to act on.
            var sticky = CrossFileFacts.Safe(balancer.StickySession);
            if (HttpdFacts.IsHttpd(balancer) && balancer.NoFailover && !sticky.IsEmpty)
                diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, string.Join('|', sticky));
        }
    }
}
