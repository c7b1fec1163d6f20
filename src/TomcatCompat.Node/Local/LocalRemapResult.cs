using System.Collections.Immutable;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Local;

/// <summary>What <see cref="LocalRemap"/> did.</summary>
/// <param name="Topology">The topology with every address on loopback.</param>
/// <param name="Addresses">Each original address and its loopback address, in order of first appearance.</param>
/// <param name="StaticMembershipNodes">Nodes whose multicast membership became static membership of the local nodes.</param>
/// <param name="BalancerAddress">The loopback address the balancer listens on where httpd listened on every address.</param>
public sealed record LocalRemapResult(
    Topology Topology,
    ImmutableArray<KeyValuePair<string, string>> Addresses,
    ImmutableArray<string> StaticMembershipNodes,
    string BalancerAddress);
