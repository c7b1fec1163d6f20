namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>
/// Membership over a fixed list (Tomcat: StaticMembershipService, 9.0.11+). Liveness is a TCP ping
/// each heartbeat: an acknowledged ping, or a ping received from the peer, keeps a member alive; a
/// member not heard from for <c>expirationTime</c> disappears, measured with the injected clock.
/// </summary>
internal sealed class StaticMembershipService : IMembershipService, IAsyncDisposable
{
    private readonly StaticMembershipOptions _options;
    private readonly IReadOnlyList<Member> _configured;
    private readonly Member? _explicitLocal;
    private readonly IMemberPinger _pinger;
    private readonly TimeProvider _time;
    private readonly MembershipTable _table = new();
    private Dictionary<UniqueId, Member> _peers = [];
    private IMembershipListener? _listener;
    private ITimer? _timer;
    private Member? _local;

    public StaticMembershipService(
        StaticMembershipOptions options, IReadOnlyList<Member> members, Member? localMember, IMemberPinger pinger, TimeProvider? time = null)
    {
        _options = options;
        _configured = members;
        _explicitLocal = localMember;
        _pinger = pinger;
        _time = time ?? TimeProvider.System;
    }

    public Member LocalMember => _local ?? throw new InvalidOperationException("the membership service has not started");

    public IReadOnlyList<Member> GetMembers() => _table.Members;

    public Member? GetMember(UniqueId id) => _table.Find(id);

    public bool IsKnownPeer(UniqueId id) => _peers.ContainsKey(id);

    /// <summary>
    /// Finds the local member: an explicit <c>&lt;LocalMember&gt;</c> (host/port taken from the receiver),
    /// else the <c>&lt;Member&gt;</c> whose host and port equal the receiver's (Tomcat 9.0.17+); none is a start failure.
    /// </summary>
    public static Member? FindLocal(IReadOnlyList<Member> members, Member? explicitLocal, string host, int port) =>
        explicitLocal is not null
            ? explicitLocal with { Host = host, Port = port }
            : members.FirstOrDefault(m => m.Port == port && string.Equals(m.Host, host, StringComparison.OrdinalIgnoreCase));

    public async ValueTask StartAsync(string localHost, int localPort, IMembershipListener listener, CancellationToken cancellationToken)
    {
        _local = FindLocal(_configured, _explicitLocal, localHost, localPort)
            ?? throw new InvalidOperationException(
                $"no static <Member> matches the receiver {localHost}:{localPort} and there is no <LocalMember> (Tomcat: staticMembershipService.noLocalMember)");
        _peers = _configured.Where(m => m.Id != _local.Id).ToDictionary(m => m.Id);
        _listener = listener;
        await HeartbeatAsync(cancellationToken).ConfigureAwait(false);
        if (_options.UseThread)
            _timer = _time.CreateTimer(_ => _ = HeartbeatAsync(CancellationToken.None), null, _options.PingInterval, _options.PingInterval);
    }

    public async ValueTask StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        var members = _table.Clear();
        await _pinger.NotifyShutdownAsync(members, _options.ConnectTimeout + _options.RpcTimeout, cancellationToken).ConfigureAwait(false);
        _listener = null;
    }

    public void PingReceived(UniqueId id)
    {
        if (_peers.TryGetValue(id, out var member))
            Touch(member);
    }

    public void ShutdownReceived(UniqueId id)
    {
        if (_table.Remove(id) is { } member)
            _listener?.MemberDisappeared(member, MemberLeaveReason.Shutdown);
    }

    public void Remove(UniqueId id) => _table.Remove(id);

    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        var peers = _peers.Values.ToArray();
        var timeout = _options.ConnectTimeout + _options.RpcTimeout;
        var results = await Task.WhenAll(peers.Select(p => _pinger.PingAsync(p, timeout, cancellationToken).AsTask())).ConfigureAwait(false);
        for (var i = 0; i < peers.Length; i++)
        {
            if (results[i])
                Touch(peers[i]);
        }

        foreach (var gone in _table.Expire(_time.GetUtcNow(), _options.ExpirationTime))
            _listener?.MemberDisappeared(gone, MemberLeaveReason.Expired);
    }

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Touch(Member member)
    {
        if (_table.Touch(member, _time.GetUtcNow()))
            _listener?.MemberAdded(member);
    }
}
