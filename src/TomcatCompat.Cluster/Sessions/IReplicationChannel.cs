using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>What a <see cref="DeltaManager"/> needs from the cluster: members and a way to send them session messages.</summary>
internal interface IReplicationChannel
{
    Member LocalMember { get; }

    IReadOnlyList<Member> Members { get; }

    /// <summary>Sends to one member, or to every member when <paramref name="destination"/> is null.</summary>
    ValueTask SendAsync(SessionMessage message, Member? destination, SendOptions options, CancellationToken cancellationToken);
}
