using TomcatCompat.Config.Model;
using TomcatCompat.Node;

namespace TomcatCompat.Cli.Commands;

/// <summary>What <c>run</c> will start, decided before any socket opens: the (localized) topology, the node hosts built but not started, and whether a balancer runs.</summary>
/// <param name="Root">The import root the webapp paths are relative to.</param>
internal sealed record RunPlan(Topology Topology, IReadOnlyList<NodeHost> Hosts, bool StartBalancer, string Root);
