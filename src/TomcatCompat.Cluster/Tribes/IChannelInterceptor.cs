namespace TomcatCompat.Cluster.Tribes;

/// <summary>
/// One layer of the stack between the channel (top) and the coordinator (bottom). Sends go down
/// through <see cref="Next"/>; receives and membership events go up through <see cref="Previous"/>
/// (Tomcat: <c>ChannelInterceptor</c>).
/// </summary>
internal interface IChannelInterceptor
{
    /// <summary>The layer closer to the network.</summary>
    IChannelInterceptor? Next { get; set; }

    /// <summary>The layer closer to the application.</summary>
    IChannelInterceptor? Previous { get; set; }

    /// <summary>Tomcat: <c>Interceptor@optionFlag</c>, default 0 = act on every message.</summary>
    SendOptions OptionFlag { get; }

    ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken);

    void MessageReceived(ChannelMessage message);

    void MemberAdded(Member member);

    void MemberDisappeared(Member member, MemberLeaveReason reason);

    /// <summary>Called on every channel heartbeat (Tomcat: <c>GroupChannel@heartbeatSleeptime</c>).</summary>
    void Heartbeat();

    IReadOnlyList<Member> GetMembers();

    Member? GetMember(UniqueId id);

    Member LocalMember { get; }

    ValueTask StartAsync(CancellationToken cancellationToken);

    ValueTask StopAsync(CancellationToken cancellationToken);
}
