using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2551: the cluster <c>&lt;Receiver&gt;</c> keeps <c>address="auto"</c> (written or by default).
/// Tomcat then binds, and advertises to the other members, the address its host name resolves to
/// (<c>InetAddress.getLocalHost()</c>), which on many Linux hosts is 127.0.1.1 from /etc/hosts:
/// the other nodes cannot reach it (tomcat-cluster.md §9, §8.1). The seed article sets the LAN
/// address for this reason. Advice, not an error: on a well-configured host auto works.
/// </summary>
internal sealed class ReceiverAddressAuto : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2551", DiagnosticSeverity.Info, "cluster Receiver address is auto",
        "<Receiver> address is \"auto\"{0}, so Tomcat binds and advertises whatever this machine's host name resolves to (often 127.0.1.1, which other nodes cannot reach); set address to this node's real interface address");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var receiver = cluster.Channel.Receiver;
            var address = CrossFileFacts.Attribute(receiver, "address") ?? CrossFileFacts.Attribute(receiver, "host") ?? "auto";
            if (!string.Equals(address.Trim(), "auto", StringComparison.OrdinalIgnoreCase))
                continue;
            // The model merges Tomcat's defaults in, so a written "auto" and an absent address look alike.
            var how = receiver.Implicit ? " (Tomcat's implicit Receiver, no <Receiver> is written)" : " (as written or by default)";
            diagnostics.Add(Rule, TomcatFacts.At(receiver, cluster, node), how);
        }
    }
}
