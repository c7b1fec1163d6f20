using System.Collections.Immutable;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding;

/// <summary>The balancer side of a topology, as one front end's binder produced it.</summary>
public sealed record ProxyTopology
{
    public static ProxyTopology Empty { get; } = new();

    /// <summary>Each httpd main file read, with its loaded modules.</summary>
    public ImmutableArray<HttpdServerSpec> HttpdServers { get; init; } = [];

    public ImmutableArray<ListenSpec> Listens { get; init; } = [];

    public ImmutableArray<VirtualHostSpec> VirtualHosts { get; init; } = [];

    public ImmutableArray<BalancerSpec> Balancers { get; init; } = [];

    public ImmutableArray<Mount> Mounts { get; init; } = [];
}
