using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary><see cref="IReplicationChannel"/> over a Tribes channel: session messages travel as data frames.</summary>
internal sealed class GroupChannelReplication(IChannel channel) : IReplicationChannel
{
    public Member LocalMember => channel.LocalMember;

    public IReadOnlyList<Member> Members => channel.GetMembers();

    public ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken)
    {
        IReadOnlyList<Member> to = destination is null ? channel.GetMembers() : [destination];
        return to.Count == 0 ? ValueTask.CompletedTask : channel.SendAsync(to, SessionMessageCodec.Encode(message), options, cancellationToken);
    }
}
