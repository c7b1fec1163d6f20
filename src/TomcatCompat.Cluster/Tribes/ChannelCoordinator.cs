using TomcatCompat.Cluster.Tribes.Membership;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes;

/// <summary>
/// The bottom of the stack (Tomcat: <c>ChannelCoordinator</c>): owns the receiver, the sender and
/// the membership service. Starts them in Tomcat's order (receiver, sender, membership) so the
/// local member advertises the port the receiver really bound.
/// </summary>
internal sealed class ChannelCoordinator : ChannelInterceptorBase, IFrameHandler, IMembershipListener, IMemberPinger, IAsyncDisposable
{
    private long _controlId = long.MinValue / 2;

    public ChannelCoordinator(ReceiverOptions receiver, SenderOptions sender, Func<IMemberPinger, IMembershipService> membership)
    {
        Receiver = new TcpReceiver(receiver, this);
        Sender = new PooledParallelSender(sender);
        Membership = membership(this);
        ReceiverOptions = receiver;
    }

    public TcpReceiver Receiver { get; }

    public PooledParallelSender Sender { get; }

    public IMembershipService Membership { get; }

    public ReceiverOptions ReceiverOptions { get; }

    /// <summary>Tomcat: <c>Cluster@channelStartOptions</c>, default 15.</summary>
    public ChannelStartOptions StartOptions { get; init; } = ChannelStartOptions.Default;

    public override Member LocalMember => Membership.LocalMember;

    public override IReadOnlyList<Member> GetMembers() => Membership.GetMembers();

    public override Member? GetMember(UniqueId id) => Membership.GetMember(id);

    public override async ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        if ((StartOptions & ChannelStartOptions.Sender) == 0)
            throw new ChannelException("the data sender is not started (channelStartOptions)", [.. destination.Select(m => new FaultyMember(m, "sender not started", false))]);
        await Sender.SendAsync(destination, new DataFrame(LocalMember.Id, message.MessageId, message.Options, message.Payload), cancellationToken).ConfigureAwait(false);
    }

    public override void Heartbeat() => _ = HeartbeatObservedAsync();

    public bool Accept(FrameType type, UniqueId sender) => type switch
    {
        FrameType.Data => Membership.GetMember(sender) is not null,
        FrameType.Ping or FrameType.Shutdown => Membership.IsKnownPeer(sender),
        _ => false,
    };

    public ValueTask<bool> HandleAsync(TribesFrame frame, CancellationToken cancellationToken)
    {
        switch (frame)
        {
            case DataFrame data when Membership.GetMember(data.Sender) is { } member:
                Previous?.MessageReceived(new ChannelMessage(member, data.MessageId, data.Options, data.Payload));
                return ValueTask.FromResult(true);
            case PingFrame ping:
                Membership.PingReceived(ping.Sender);
                return ValueTask.FromResult(true);
            case ShutdownFrame shutdown:
                Membership.ShutdownReceived(shutdown.Sender);
                return ValueTask.FromResult(true);
            default:
                return ValueTask.FromResult(false);
        }
    }

    void IMembershipListener.MemberAdded(Member member) => Previous?.MemberAdded(member);

    void IMembershipListener.MemberDisappeared(Member member, MemberLeaveReason reason)
    {
        Sender.Disconnect(member);
        Previous?.MemberDisappeared(member, reason);
    }

    public async ValueTask<bool> PingAsync(Member member, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var local = Membership.LocalMember;
        var id = Interlocked.Increment(ref _controlId);
        var ping = new PingFrame(local.Id, id, SendOptions.UseAck | SendOptions.SynchronizedAck, local.Host, local.Port, local.Domain);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            return await Sender.SendOneAsync(member, FrameCodec.Encode(ping), id, true, cts.Token).ConfigureAwait(false) is null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask NotifyShutdownAsync(IReadOnlyList<Member> members, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
            return;
        var bytes = FrameCodec.Encode(new ShutdownFrame(Membership.LocalMember.Id, Interlocked.Increment(ref _controlId)));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await Task.WhenAll(members.Select(m => Sender.SendOneAsync(m, bytes, 0, false, cts.Token))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Best effort: a member we cannot tell will expire on its own.
        }
    }

    public override async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        var host = ReceiverOptions.Address.ToString();
        var port = ReceiverOptions.Port;
        if ((StartOptions & ChannelStartOptions.Receiver) != 0)
        {
            Receiver.Start();
            port = Receiver.LocalEndPoint!.Port;
        }

        if ((StartOptions & (ChannelStartOptions.MembershipReceive | ChannelStartOptions.MembershipSend)) != 0)
        {
            await Membership.StartAsync(host, port, this, cancellationToken).ConfigureAwait(false);
            Receiver.LocalId = Membership.LocalMember.Id;
        }
    }

    public override async ValueTask StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Membership.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Membership never started (start options or a failed start): nothing to announce.
        }

        await Receiver.DisposeAsync().ConfigureAwait(false);
        Sender.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private async Task HeartbeatObservedAsync()
    {
        try
        {
            await Membership.HeartbeatAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // A heartbeat racing with stop: the next start begins afresh.
        }
    }
}
