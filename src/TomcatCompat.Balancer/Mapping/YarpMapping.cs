using System.Collections.Frozen;
using System.Collections.Immutable;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Diagnostics;
using Yarp.ReverseProxy.Configuration;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// A topology as YARP sees it (routes and clusters with httpd parameters in Metadata) plus the
/// run-time pieces YARP has no place for: the exact mount table and each balancer's member state.
/// </summary>
internal sealed record YarpMapping(
    ImmutableArray<RouteConfig> Routes,
    ImmutableArray<ClusterConfig> Clusters,
    MountTable Mounts,
    FrozenDictionary<string, BalancerState> Balancers,
    ImmutableArray<Diagnostic> Diagnostics);
