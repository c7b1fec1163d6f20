using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.ModJk;

/// <summary>
/// TC2351: a mod_jk lb member with <c>redirect=R</c> where no member of the same lb worker has
/// route R (the route defaults to the worker name). mod_jk uses the redirect only when it names a
/// member (httpd-proxy.md §7.5 step 3), so the setting does nothing.
/// </summary>
internal sealed class JkRedirectToUnknownRoute : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2351", DiagnosticSeverity.Warning, "redirect names no member route",
        "member \"{0}\" of lb worker \"{1}\" has redirect=\"{2}\", which is no member's route (routes default to worker names), so the redirect never applies; name the route of another member of \"{1}\"");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            if (balancer.Origin != "mod_jk")
                continue;
            var members = CrossFileFacts.Safe(balancer.Members);
            var routes = members.Where(m => !string.IsNullOrEmpty(m.Route)).Select(m => m.Route!).ToHashSet(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (!string.IsNullOrEmpty(member.Redirect) && !routes.Contains(member.Redirect))
                    diagnostics.Add(Rule, CrossFileFacts.At(member.Source, balancer.Source), member.Route ?? member.Url, balancer.Name, member.Redirect);
            }
        }
    }
}
