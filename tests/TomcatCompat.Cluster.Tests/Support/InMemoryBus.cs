using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>
/// Connects DeltaManagers without sockets. Messages go through the real codec; with
/// <see cref="Hold"/> they are queued so a test can deliver them in any order, twice, or never.
/// </summary>
internal sealed class InMemoryBus
{
    private readonly List<BusNode> _nodes = [];

    public bool Hold { get; set; }

    public List<(SessionMessage Message, BusNode From, BusNode To)> Held { get; } = [];

    public List<SessionMessage> Log { get; } = [];

    public BusNode Add(string route, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, DeltaManagerOptions? options = null)
    {
        var node = new BusNode(this, new Member("127.0.0.1", 14000 + _nodes.Count, new UniqueId(0, (ulong)_nodes.Count + 1)));
        node.Manager = new DeltaManager((options ?? new DeltaManagerOptions()) with { Name = "localhost#/app" }, node, new SessionIdGenerator(16, route), time);
        _nodes.Add(node);
        return node;
    }

    public IReadOnlyList<BusNode> Peers(BusNode of) => [.. _nodes.Where(n => n != of && n.Online && of.Online)];

    public void Deliver(int index) => Deliver(Held[index]);

    public void DeliverAll(bool reverse = false)
    {
        var held = Held.ToList();
        Held.Clear();
        if (reverse)
            held.Reverse();
        foreach (var h in held)
            Deliver(h);
    }

    public void Deliver((SessionMessage Message, BusNode From, BusNode To) h) =>
        h.To.Manager.MessageReceived(SessionMessageCodec.TryDecode(SessionMessageCodec.Encode(h.Message))!, h.From.LocalMember);

    internal void Send(SessionMessage message, BusNode from, BusNode to)
    {
        Log.Add(message);
        if (Hold)
            Held.Add((message, from, to));
        else
            Deliver((message, from, to));
    }
}
