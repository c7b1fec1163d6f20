using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>One node on an <see cref="InMemoryBus"/>: its member identity, its manager and its view of the others.</summary>
internal sealed class BusNode(InMemoryBus bus, Member member) : IReplicationChannel
{
    public DeltaManager Manager { get; set; } = null!;

    /// <summary>False takes the node off the bus (it neither sees nor is seen).</summary>
    public bool Online { get; set; } = true;

    public Member LocalMember => member;

    public IReadOnlyList<Member> Members => [.. bus.Peers(this).Select(n => n.LocalMember)];

    public ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken)
    {
        foreach (var peer in bus.Peers(this).Where(p => destination is null || p.LocalMember == destination))
            bus.Send(message, this, peer);
        return ValueTask.CompletedTask;
    }
}
