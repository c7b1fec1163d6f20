using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// TC3102: two nodes on one machine bind the same port: shutdown (<c>Server@port</c>), a
/// <c>Connector@port</c>, or the first port of a cluster <c>Receiver</c>; two receivers with the
/// same port clash only when autoBind leaves no room (autoBind=1). Whichever node starts second
/// loses the port (its Connector or cluster fails to start). Nodes are on different machines when
/// their balancer members name different hosts, or their explicit addresses differ.
/// </summary>
internal sealed class NodePortClash : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC3102", DiagnosticSeverity.Error, "nodes on one host clash on a port",
        "{0} {1} of node \"{2}\" is also {3} of node \"{4}\" ({5}) on the same host, so whichever starts second cannot bind it; give each node its own ports (for example <Server portOffset>)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var nodes = CrossFileFacts.Safe(context.Topology.Nodes);
        if (nodes.Length < 2)
            return;
        var machines = new MachineGuess(context.Topology);
        var byPort = new Dictionary<int, List<PortClaim>>();
        foreach (var node in nodes)
        {
            var own = PortClaim.Of(node);
            foreach (var claim in own)
            {
                if (byPort.TryGetValue(claim.Port, out var earlier))
                {
                    foreach (var first in earlier)
                    {
                        if (Clash(first, claim) && machines.Same(first.Node, claim.Node))
                        {
                            diagnostics.Add(Rule, claim.Source, claim.What, claim.Port, claim.Node.Name, first.What, first.Node.Name, first.Source);
                            break;
                        }
                    }
                }
            }

            foreach (var claim in own)
            {
                if (!byPort.TryGetValue(claim.Port, out var list))
                    byPort[claim.Port] = list = [];
                list.Add(claim);
            }
        }
    }

    private static bool Clash(PortClaim a, PortClaim b) =>
        !ReferenceEquals(a.Node, b.Node) && a.AddressOverlaps(b)
        && !(a.IsReceiver && b.IsReceiver && Math.Min(a.AutoBind, b.AutoBind) > 1);
}
