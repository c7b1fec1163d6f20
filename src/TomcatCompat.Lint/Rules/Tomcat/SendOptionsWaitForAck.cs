using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2554: a DeltaManager cluster sends with <c>use_ack</c> but without <c>async</c> (2 or 6).
/// Every request that changed a session then waits at its end until every member acknowledged
/// (6: processed) the delta; on a busy cluster that adds a network round trip, or a slow member's
/// processing time, to each such request (tomcat-cluster.md §3.1). A deliberate choice for
/// strict consistency, so only advice. BackupManager ignores channelSendOptions (it uses
/// mapSendOptions, default 6) and is not flagged.
/// </summary>
internal sealed class SendOptionsWaitForAck : ILintRule
{
    private const int UseAck = 2;
    private const int Async = 8;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2554", DiagnosticSeverity.Info, "replication waits for acknowledgements",
        "<Cluster> channelSendOptions=\"{0}\" ({1}) makes every request that changed a session wait until all members acknowledged the change; on a busy cluster prefer \"8\" (async) or \"10\" (async, use_ack) with a MessageDispatchInterceptor");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var options = cluster.ChannelSendOptions;
            if ((options & UseAck) == 0 || (options & Async) != 0 || !CrossFileFacts.IsClusterManager(cluster.Manager) || cluster.Manager.Kind != "DeltaManager")
                continue;
            diagnostics.Add(Rule, CrossFileFacts.At(cluster.Source, node.Source), options.ToString(CultureInfo.InvariantCulture), cluster.ChannelSendOptionsName);
        }
    }
}
