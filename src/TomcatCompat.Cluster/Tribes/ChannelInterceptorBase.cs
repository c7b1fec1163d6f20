namespace TomcatCompat.Cluster.Tribes;

/// <summary>Pass-through defaults: an interceptor overrides only what it changes (Tomcat: <c>ChannelInterceptorBase</c>).</summary>
internal abstract class ChannelInterceptorBase : IChannelInterceptor
{
    public IChannelInterceptor? Next { get; set; }

    public IChannelInterceptor? Previous { get; set; }

    /// <summary>Tomcat: <c>Interceptor@optionFlag</c>, default 0.</summary>
    public virtual SendOptions OptionFlag { get; init; }

    /// <summary>True when this interceptor should act on a message with these options.</summary>
    protected bool OkToProcess(SendOptions options) => OptionFlag == SendOptions.None || (options & OptionFlag) == OptionFlag;

    public virtual ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken) =>
        Next?.SendAsync(destination, message, cancellationToken) ?? ValueTask.CompletedTask;

    public virtual void MessageReceived(ChannelMessage message) => Previous?.MessageReceived(message);

    public virtual void MemberAdded(Member member) => Previous?.MemberAdded(member);

    public virtual void MemberDisappeared(Member member, MemberLeaveReason reason) => Previous?.MemberDisappeared(member, reason);

    public virtual void Heartbeat() => Next?.Heartbeat();

    public virtual IReadOnlyList<Member> GetMembers() => Next?.GetMembers() ?? [];

    public virtual Member? GetMember(UniqueId id) => Next?.GetMember(id);

    public virtual Member LocalMember => Next?.LocalMember ?? throw new InvalidOperationException("the interceptor is not linked to a coordinator");

    public virtual ValueTask StartAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public virtual ValueTask StopAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Walks down the stack to the first layer of type <typeparamref name="T"/>.</summary>
    protected T? FindBelow<T>() where T : class
    {
        for (var i = Next; i is not null; i = i.Next)
        {
            if (i is T t)
                return t;
        }

        return null;
    }
}
