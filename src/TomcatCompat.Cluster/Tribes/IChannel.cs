namespace TomcatCompat.Cluster.Tribes;

/// <summary>The application's view of a Tribes channel (Tomcat: <c>Channel</c>).</summary>
internal interface IChannel
{
    Member LocalMember { get; }

    bool HasMembers { get; }

    IReadOnlyList<Member> GetMembers();

    Member? GetMember(UniqueId id);

    /// <summary>Sends to each destination; throws <see cref="ChannelException"/> when some could not be reached.</summary>
    ValueTask SendAsync(IReadOnlyList<Member> destination, ReadOnlyMemory<byte> payload, SendOptions options, CancellationToken cancellationToken);

    void AddChannelListener(IChannelListener listener);

    void AddMembershipListener(IMembershipListener listener);

    ValueTask StartAsync(CancellationToken cancellationToken);

    ValueTask StopAsync(CancellationToken cancellationToken);
}
