using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2555: send options whose messages real Tomcat does not deliver: <c>multicast</c> (64) is not
/// implemented (Tomcat's docs: messages are not delivered), and <c>udp</c> (32) needs a UDP
/// receiver, which exists only when the Receiver has <c>udpPort</c> &gt; 0 (tomcat-cluster.md §3.1,
/// §9). Checked on Cluster <c>channelSendOptions</c> and BackupManager <c>mapSendOptions</c>.
/// </summary>
internal sealed class SendOptionsNotDelivered : ILintRule
{
    private const int Udp = 32;
    private const int Multicast = 64;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2555", DiagnosticSeverity.Warning, "send options that are not delivered",
        "<{0}> {1}=\"{2}\" includes {3}; remove that flag (use \"8\", async, or \"6\", use_ack and sync)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var udpPort = TomcatFacts.Long(cluster.Channel.Receiver, "udpPort") ?? -1;
            Check(diagnostics, "Cluster", "channelSendOptions", cluster.ChannelSendOptions, udpPort, CrossFileFacts.At(cluster.Source, node.Source));
            var manager = cluster.Manager;
            if (manager.Kind == "BackupManager" && TomcatFacts.Long(manager, "mapSendOptions") is { } map)
                Check(diagnostics, "Manager", "mapSendOptions", map, udpPort, TomcatFacts.At(manager, cluster, node));
        }
    }

    private static void Check(DiagnosticBag diagnostics, string element, string attribute, long options, long udpPort, SourceSpan at)
    {
        var problems = new List<string>(2);
        if ((options & Multicast) != 0)
            problems.Add("multicast, which Tomcat does not implement (messages are not delivered)");
        if ((options & Udp) != 0 && udpPort <= 0)
            problems.Add("udp, but the <Receiver> has no udpPort, so no member listens for UDP and the sends fail");
        if (problems.Count > 0)
            diagnostics.Add(Rule, at, element, attribute, options.ToString(CultureInfo.InvariantCulture), string.Join(" and ", problems));
    }
}
