namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// Ignores members of other domains and their messages (Tomcat: DomainFilterInterceptor). Unlike
/// Tomcat it also hides them from <see cref="GetMembers"/>, so the application never sends to a
/// member whose answers it would drop.
/// </summary>
internal sealed class DomainFilterInterceptor(string domain) : ChannelInterceptorBase
{
    private long _dropped;

    /// <summary>Tomcat: <c>DomainFilterInterceptor@domain</c> (required).</summary>
    public string Domain { get; } = domain;

    /// <summary>Messages dropped because their sender is in another domain.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public override void MessageReceived(ChannelMessage message)
    {
        if (InDomain(message.Sender))
            base.MessageReceived(message);
        else
            Interlocked.Increment(ref _dropped);
    }

    public override void MemberAdded(Member member)
    {
        if (InDomain(member))
            base.MemberAdded(member);
    }

    public override void MemberDisappeared(Member member, MemberLeaveReason reason)
    {
        if (InDomain(member))
            base.MemberDisappeared(member, reason);
    }

    public override IReadOnlyList<Member> GetMembers() => [.. base.GetMembers().Where(InDomain)];

    public override Member? GetMember(UniqueId id) => base.GetMember(id) is { } m && InDomain(m) ? m : null;

    private bool InDomain(Member member) => string.Equals(member.Domain, Domain, StringComparison.Ordinal);
}
