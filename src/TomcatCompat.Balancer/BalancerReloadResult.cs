using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Balancer;

/// <summary>
/// What a reload (SIGHUP) did: whether the new configuration is now serving, the diagnostics of the
/// new configuration (the caller prints them), and one-line notices for the operator.
/// </summary>
/// <param name="Applied">True when the new mapping replaced the old one; false when errors kept the old one.</param>
/// <param name="Diagnostics">The new topology's and mapping's diagnostics.</param>
/// <param name="Notices">What changed or why nothing did, one line each.</param>
public sealed record BalancerReloadResult(bool Applied, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Notices);
