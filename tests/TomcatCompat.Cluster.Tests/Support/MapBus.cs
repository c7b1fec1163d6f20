using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>
/// Connects BackupManagers without sockets, through the real codec. A node taken off the bus is a
/// crashed member: sends to it fail, and <see cref="Kill"/> tells the others it disappeared. With
/// <see cref="Hold"/> messages are queued so a test can deliver them in any order.
/// </summary>
internal sealed class MapBus
{
    private readonly List<MapNode> _nodes = [];

    public bool Hold { get; set; }

    /// <summary>Messages for which this is true are lost on the way.</summary>
    public Func<SessionMessage, bool>? Drop { get; set; }

    public List<(SessionMessage Message, MapNode From, MapNode To)> Held { get; } = [];

    public List<(SessionMessage Message, MapNode From, MapNode To)> Log { get; } = [];

    public MapNode Add(string route, FakeTimeProvider time, BackupManagerOptions? options = null)
    {
        var node = new MapNode(this, new Member("127.0.0.1", 24000 + _nodes.Count, new UniqueId(0, (ulong)_nodes.Count + 1)));
        node.Manager = new BackupManager((options ?? new BackupManagerOptions()) with { Name = "localhost#/app" }, node, new SessionIdGenerator(16, route), time);
        _nodes.Add(node);
        return node;
    }

    public IReadOnlyList<MapNode> Peers(MapNode of) => [.. _nodes.Where(n => n != of && n.Online && of.Online)];

    /// <summary>The node crashes: it leaves the bus and every survivor hears that it disappeared.</summary>
    public async Task Kill(MapNode node)
    {
        var survivors = Peers(node);
        node.Online = false;
        foreach (var s in survivors)
            s.Manager.MemberDisappeared(node.LocalMember);
        foreach (var s in survivors)
            await s.Manager.WhenIdleAsync();
    }

    public void DeliverAll(bool reverse = false)
    {
        var held = Held.ToList();
        Held.Clear();
        if (reverse)
            held.Reverse();
        foreach (var h in held)
            Deliver(h);
    }

    public void Deliver((SessionMessage Message, MapNode From, MapNode To) h) =>
        h.To.Manager.MessageReceived(SessionMessageCodec.TryDecode(SessionMessageCodec.Encode(h.Message))!, h.From.LocalMember);

    internal void Send(SessionMessage message, MapNode from, MapNode to)
    {
        Log.Add((message, from, to));
        if (Drop?.Invoke(message) == true)
            return;
        if (Hold && message.Kind is not (SessionMessageKind.MapRetrieve or SessionMessageKind.MapState or SessionMessageKind.MapReply))
            Held.Add((message, from, to));
        else
            Deliver((message, from, to));
    }
}
