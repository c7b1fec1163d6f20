using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.ModJk;

/// <summary>
/// TC2350: every member of a mod_jk lb worker is <c>activation=D</c> (disabled) or <c>S</c>
/// (stopped, also port=0). mod_jk picks new-session requests only among active members
/// (httpd-proxy.md §7.5 "usable"), so every request without a sticky session gets 503.
/// </summary>
internal sealed class JkLbNoActiveMember : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2350", DiagnosticSeverity.Warning, "lb worker has no active member",
        "every member of lb worker \"{0}\" is disabled or stopped ({1}), so mod_jk has no member for requests without a session and answers 503; set activation=A on at least one member");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            var members = CrossFileFacts.Safe(balancer.Members);
            if (balancer.Origin != "mod_jk" || members.IsEmpty
                || members.Any(m => (m.Status & (MemberStatus.Disabled | MemberStatus.Stopped)) == 0))
                continue;
            var list = string.Join(", ", members.Take(5).Select(m => m.Route + "=" + ((m.Status & MemberStatus.Stopped) != 0 ? "S" : "D")));
            diagnostics.Add(Rule, CrossFileFacts.At(balancer.Source), balancer.Name, members.Length > 5 ? list + ", ..." : list);
        }
    }
}
