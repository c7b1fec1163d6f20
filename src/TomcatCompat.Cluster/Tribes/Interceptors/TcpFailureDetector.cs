using System.Collections.Concurrent;

namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>
/// Verifies over TCP that a member really is gone before the "disappeared" event goes up (Tomcat:
/// TcpFailureDetector). A clean shutdown is believed at once; an expiry or a failed send is checked
/// with a ping, and a member that still answers stays (and is re-checked on each heartbeat).
/// </summary>
internal sealed class TcpFailureDetector : ChannelInterceptorBase
{
    private readonly ConcurrentDictionary<UniqueId, Member> _reported = new();
    private readonly ConcurrentDictionary<UniqueId, Member> _suspects = new();
    private readonly List<Task> _pending = [];
    private IMemberPinger? _pinger;

    public TcpFailureDetector(IMemberPinger? pinger = null) => _pinger = pinger;

    /// <summary>Tomcat: <c>TcpFailureDetector@connectTimeout</c>, ms, default 1000.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>Tomcat: <c>TcpFailureDetector@readTestTimeout</c>, ms, default 5000; used when <c>performReadTest</c> is true.</summary>
    public TimeSpan ReadTestTimeout { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary>Tomcat: <c>TcpFailureDetector@performReadTest</c>, default false: wait for the ping's ack up to readTestTimeout.</summary>
    public bool PerformReadTest { get; init; }

    /// <summary>Members verified alive after their membership said otherwise.</summary>
    public IReadOnlyCollection<Member> Suspects => [.. _suspects.Values];

    public override ValueTask StartAsync(CancellationToken cancellationToken)
    {
        _pinger ??= FindBelow<IMemberPinger>();
        return ValueTask.CompletedTask;
    }

    public override void MemberAdded(Member member)
    {
        _suspects.TryRemove(member.Id, out _);
        if (_reported.TryAdd(member.Id, member))
            base.MemberAdded(member);
    }

    public override void MemberDisappeared(Member member, MemberLeaveReason reason)
    {
        if (reason == MemberLeaveReason.Shutdown)
            Report(member, reason);
        else
            Track(VerifyAsync(member, reason));
    }

    public override async ValueTask SendAsync(IReadOnlyList<Member> destination, ChannelMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await base.SendAsync(destination, message, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelException e)
        {
            foreach (var faulty in e.FaultyMembers)
                Track(VerifyAsync(faulty.Member, MemberLeaveReason.Unreachable));
            throw;
        }
    }

    public override void Heartbeat()
    {
        foreach (var suspect in _suspects.Values)
            Track(VerifyAsync(suspect, MemberLeaveReason.Expired));
        base.Heartbeat();
    }

    /// <summary>Completes when every verification started so far has finished (tests, shutdown).</summary>
    public Task WhenIdleAsync()
    {
        lock (_pending)
            return Task.WhenAll([.. _pending]);
    }

    public override async ValueTask StopAsync(CancellationToken cancellationToken) => await WhenIdleAsync().ConfigureAwait(false);

    private async Task VerifyAsync(Member member, MemberLeaveReason reason)
    {
        if (!_reported.ContainsKey(member.Id))
            return;
        var timeout = PerformReadTest ? ConnectTimeout + ReadTestTimeout : ConnectTimeout;
        var alive = _pinger is not null && await _pinger.PingAsync(member, timeout, CancellationToken.None).ConfigureAwait(false);
        if (alive)
            _suspects[member.Id] = member;
        else
            Report(member, reason);
    }

    private void Report(Member member, MemberLeaveReason reason)
    {
        _suspects.TryRemove(member.Id, out _);
        if (!_reported.TryRemove(member.Id, out _))
            return;
        if (reason != MemberLeaveReason.Shutdown)
            FindBelow<ChannelCoordinator>()?.Membership.Remove(member.Id);
        base.MemberDisappeared(member, reason);
    }

    private void Track(Task task)
    {
        lock (_pending)
        {
            _pending.RemoveAll(t => t.IsCompleted);
            _pending.Add(task);
        }
    }
}
