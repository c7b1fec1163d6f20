using System.Collections.Immutable;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding;

/// <summary>The balancer side of a topology, as one front end's binder produced it.</summary>
public sealed record ProxyTopology
{
    public static ProxyTopology Empty { get; } = new();

    public ImmutableArray<ListenSpec> Listens { get; init; } = [];

    public ImmutableArray<VirtualHostSpec> VirtualHosts { get; init; } = [];

    public ImmutableArray<BalancerSpec> Balancers { get; init; } = [];

    public ImmutableArray<Mount> Mounts { get; init; } = [];
}
