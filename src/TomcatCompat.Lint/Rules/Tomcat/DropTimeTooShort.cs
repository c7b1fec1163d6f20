using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2553: McastService <c>dropTime</c> is less than three heartbeats (<c>frequency</c>). A member
/// silent for dropTime ms is declared gone; with fewer than three heartbeats in that window one
/// or two lost UDP packets (or a GC pause) drop a live member, which then rejoins and gets the
/// session state again (tomcat-cluster.md §8.1: defaults frequency 500, dropTime 3000 = 6 beats).
/// </summary>
internal sealed class DropTimeTooShort : ILintRule
{
    private const long MinimumBeats = 3;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2553", DiagnosticSeverity.Warning, "membership dropTime shorter than three heartbeats",
        "<Membership> dropTime=\"{0}\" allows {1} of frequency=\"{2}\"; one or two lost multicast heartbeats then drop a live member, which rejoins and reloads sessions; set dropTime to at least {3} (3 × frequency; the defaults are 3000 and 500)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var service = cluster.Channel.Membership.Service;
            if (service.Kind != "McastService")
                continue;
            var frequency = TomcatFacts.Long(service, "frequency") ?? 500;
            var dropTime = TomcatFacts.Long(service, "dropTime") ?? 3000;
            if (frequency <= 0 || dropTime >= MinimumBeats * frequency)
                continue;
            var beats = dropTime / frequency;
            var allows = beats == 1 ? "only 1 heartbeat" : beats == 0 ? "not even 1 heartbeat" : $"only {TomcatFacts.Number(beats)} heartbeats";
            diagnostics.Add(Rule, TomcatFacts.At(service, cluster, node), TomcatFacts.Number(dropTime), allows, TomcatFacts.Number(frequency), TomcatFacts.Number(MinimumBeats * frequency));
        }
    }
}
