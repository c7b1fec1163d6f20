namespace TomcatCompat.Cluster.Tribes;

/// <summary>
/// The top of the stack (Tomcat: <c>GroupChannel</c>): application → interceptors in document order →
/// <see cref="ChannelCoordinator"/>. The chain is linked once, at <see cref="StartAsync"/>, and never
/// changes afterwards, so sends and receives need no locking to walk it.
/// </summary>
internal sealed class GroupChannel : ChannelInterceptorBase, IChannel, IAsyncDisposable
{
    private readonly List<IChannelInterceptor> _interceptors = [];
    private readonly List<IChannelListener> _channelListeners = [];
    private readonly List<IMembershipListener> _membershipListeners = [];
    private readonly ChannelCoordinator _coordinator;
    private readonly TimeProvider _time;
    private ITimer? _heartbeatTimer;
    private long _messageId;
    private long _heartbeatFailures;
    private bool _started;

    public GroupChannel(ChannelCoordinator coordinator, TimeProvider? time = null)
    {
        _coordinator = coordinator;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Tomcat: <c>GroupChannel@heartbeat</c>, default true.</summary>
    public bool HeartbeatEnabled { get; init; } = true;

    /// <summary>Tomcat: <c>GroupChannel@heartbeatSleeptime</c>, ms, default 5000.</summary>
    public TimeSpan HeartbeatSleeptime { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary>Tomcat: <c>Cluster@clusterName</c> + "-Channel".</summary>
    public string Name { get; init; } = "Catalina-Channel";

    public ChannelCoordinator Coordinator => _coordinator;

    public IReadOnlyList<IChannelInterceptor> Interceptors => _interceptors;

    public bool HasMembers => GetMembers().Count > 0;

    public void AddInterceptor(IChannelInterceptor interceptor)
    {
        if (_started)
            throw new InvalidOperationException("the interceptor stack is fixed once the channel has started");
        _interceptors.Add(interceptor);
    }

    public void AddChannelListener(IChannelListener listener) => _channelListeners.Add(listener);

    public void AddMembershipListener(IMembershipListener listener) => _membershipListeners.Add(listener);

    public ValueTask SendAsync(IReadOnlyList<Member> destination, ReadOnlyMemory<byte> payload, SendOptions options, CancellationToken cancellationToken)
    {
        if (destination.Count == 0)
            return ValueTask.CompletedTask;
        var message = new ChannelMessage(LocalMember, Interlocked.Increment(ref _messageId), options, payload);
        return SendAsync(destination, message, cancellationToken);
    }

    public override void MessageReceived(ChannelMessage message)
    {
        foreach (var listener in _channelListeners)
            listener.MessageReceived(message);
    }

    public override void MemberAdded(Member member)
    {
        foreach (var listener in _membershipListeners)
            listener.MemberAdded(member);
    }

    public override void MemberDisappeared(Member member, MemberLeaveReason reason)
    {
        foreach (var listener in _membershipListeners)
            listener.MemberDisappeared(member, reason);
    }

    public override async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        if (_started)
            return;
        _started = true;
        IChannelInterceptor upper = this;
        foreach (var interceptor in _interceptors)
        {
            upper.Next = interceptor;
            interceptor.Previous = upper;
            upper = interceptor;
        }

        upper.Next = _coordinator;
        _coordinator.Previous = upper;
        foreach (var interceptor in _interceptors)
            await interceptor.StartAsync(cancellationToken).ConfigureAwait(false);
        await _coordinator.StartAsync(cancellationToken).ConfigureAwait(false);
        if (HeartbeatEnabled && HeartbeatSleeptime > TimeSpan.Zero)
            _heartbeatTimer = _time.CreateTimer(_ => SafeHeartbeat(), null, HeartbeatSleeptime, HeartbeatSleeptime);
    }

    public override async ValueTask StopAsync(CancellationToken cancellationToken)
    {
        if (!_started)
            return;
        _started = false;
        if (_heartbeatTimer is not null)
            await _heartbeatTimer.DisposeAsync().ConfigureAwait(false);
        // Top-down, as Tomcat does: queued async sends drain while the transport is still up.
        foreach (var interceptor in _interceptors)
            await interceptor.StopAsync(cancellationToken).ConfigureAwait(false);
        await _coordinator.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => StopAsync(CancellationToken.None);

    /// <summary>Heartbeats that threw; a timer callback must never take the process down.</summary>
    public long HeartbeatFailures => Interlocked.Read(ref _heartbeatFailures);

    private void SafeHeartbeat()
    {
        try
        {
            Heartbeat();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Interlocked.Increment(ref _heartbeatFailures);
        }
    }
}
