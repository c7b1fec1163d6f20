using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>
/// One node on a <see cref="MapBus"/>. <see cref="Undetected"/> holds crashed nodes this node still
/// lists as members: sends to them fail as a real channel's would (ChannelException).
/// </summary>
internal sealed class MapNode(MapBus bus, Member member) : IReplicationChannel
{
    public BackupManager Manager { get; set; } = null!;

    public bool Online { get; set; } = true;

    public List<MapNode> Undetected { get; } = [];

    public Member LocalMember => member;

    public IReadOnlyList<Member> Members =>
        [.. bus.Peers(this).Concat(Undetected).Select(n => n.LocalMember).OrderBy(m => m.Id.Low)];

    public ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken)
    {
        foreach (var peer in bus.Peers(this).Where(p => destination is null || p.LocalMember == destination))
            bus.Send(message, this, peer);
        var down = Undetected.Where(n => destination is null || n.LocalMember == destination).ToArray();
        if (down.Length > 0)
            throw new ChannelException("peer down", [.. down.Select(n => new FaultyMember(n.LocalMember, "connection refused", false))]);
        return ValueTask.CompletedTask;
    }
}
