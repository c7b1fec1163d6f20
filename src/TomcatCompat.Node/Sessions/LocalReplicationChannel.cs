using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Node.Sessions;

/// <summary>
/// The "cluster" of a context that is not replicated (no &lt;Cluster&gt;, or no &lt;distributable/&gt;):
/// no members, nothing sent. Tomcat uses a StandardManager there; a DeltaManager without members
/// behaves the same for one node.
/// </summary>
internal sealed class LocalReplicationChannel : IReplicationChannel
{
    public static LocalReplicationChannel Instance { get; } = new();

    public Member LocalMember { get; } = new("127.0.0.1", 0, UniqueId.NewRandom());

    public IReadOnlyList<Member> Members => [];

    public ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
