namespace TomcatCompat.Cluster.Tribes.Membership;

/// <summary>
/// Multicast membership (Tomcat: McastService, §8.1): every <c>frequency</c> each node sends a beacon with
/// its receiver's host and port, id and domain to the group; a member is added on its first beacon and
/// disappears after <c>dropTime</c> of silence (the TcpFailureDetector above may prove it alive and keep it).
/// A clean stop sends a shutdown beacon. After <c>recoveryCounter</c> consecutive socket errors the socket is
/// reopened after <c>recoverySleepTime</c>, when <c>recoveryEnabled</c>. Time comes from the injected clock.
/// </summary>
internal sealed class McastService : IMembershipService, IAsyncDisposable
{
    private readonly McastOptions _options;
    private readonly Func<McastOptions, IMulticastTransport> _open;
    private readonly TimeProvider _time;
    private readonly MembershipTable _table = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly DateTimeOffset _started;
    private IMulticastTransport? _transport;
    private IMembershipListener? _listener;
    private ITimer? _timer;
    private Task? _receiveLoop;
    private Member? _local;
    private int _errors;
    private long _recoveries;
    private long _undecodable;
    private int _recovering;

    public McastService(McastOptions options, TimeProvider? time = null, Func<McastOptions, IMulticastTransport>? open = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _open = open ?? (o => new UdpMulticastTransport(o));
        _started = _time.GetUtcNow();
    }

    public McastOptions Options => _options;

    public Member LocalMember => _local ?? throw new InvalidOperationException("the membership service has not started");

    /// <summary>Times the socket was reopened after <c>recoveryCounter</c> errors.</summary>
    public long Recoveries => Interlocked.Read(ref _recoveries);

    /// <summary>Datagrams on the group that were not beacons (other software, Tomcat's own packets, garbage).</summary>
    public long Undecodable => Interlocked.Read(ref _undecodable);

    public IReadOnlyList<Member> GetMembers() => _table.Members;

    public Member? GetMember(UniqueId id) => _table.Find(id);

    public bool IsKnownPeer(UniqueId id) => _table.Find(id) is not null;

    public void PingReceived(UniqueId id)
    {
        if (_table.Find(id) is { } member)
            _table.Touch(member, _time.GetUtcNow());
    }

    public void ShutdownReceived(UniqueId id)
    {
        if (_table.Remove(id) is { } member)
            _listener?.MemberDisappeared(member, MemberLeaveReason.Shutdown);
    }

    public void Remove(UniqueId id) => _table.Remove(id);

    /// <summary>Opens the group, starts receiving and beating, and waits <see cref="McastOptions.MemberWait"/> for the others.</summary>
    public async ValueTask StartAsync(string localHost, int localPort, IMembershipListener listener, CancellationToken cancellationToken)
    {
        _local = new Member(localHost, localPort, UniqueId.NewRandom(), _options.Domain);
        _listener = listener;
        _transport = _open(_options);
        _receiveLoop = Task.Run(() => ReceiveLoopAsync(_stop.Token), CancellationToken.None);
        await BeatAsync().ConfigureAwait(false);
        _timer = _time.CreateTimer(_ => _ = BeatAsync(), null, _options.Frequency, _options.Frequency);
        if (_options.MemberWait > TimeSpan.Zero)
            await Task.Delay(_options.MemberWait, _time, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
            await _timer.DisposeAsync().ConfigureAwait(false);
        _timer = null;
        if (_transport is { } transport && _local is not null)
        {
            try
            {
                await transport.SendAsync(Beacon(McastBeacon.Shutdown), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException)
            {
                // Best effort: the others drop this node after dropTime.
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (_receiveLoop is not null)
            await _receiveLoop.ConfigureAwait(false);
        _transport?.Dispose();
        _transport = null;
        _table.Clear();
        _listener = null;
    }

    /// <summary>Expiry also runs on the channel heartbeat, as Tomcat checks on its own thread and on heartbeat.</summary>
    public Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        Expire();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stop.Dispose();
    }

    /// <summary>One tick: send our beacon, then drop members silent for longer than dropTime.</summary>
    private async Task BeatAsync()
    {
        if (_transport is not { } transport || _stop.IsCancellationRequested)
            return;
        try
        {
            await transport.SendAsync(Beacon(McastBeacon.Alive), _stop.Token).ConfigureAwait(false);
            Interlocked.Exchange(ref _errors, 0);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException or OperationCanceledException)
        {
            await ErrorAsync().ConfigureAwait(false);
        }

        Expire();
    }

    private void Expire()
    {
        foreach (var gone in _table.Expire(_time.GetUtcNow(), _options.DropTime))
            _listener?.MemberDisappeared(gone, MemberLeaveReason.Expired);
    }

    private async Task ReceiveLoopAsync(CancellationToken stop)
    {
        var buffer = new byte[McastBeacon.MaxSize + 1];
        var timeout = _options.SoTimeout > TimeSpan.Zero ? _options.SoTimeout : _options.Frequency;
        while (!stop.IsCancellationRequested)
        {
            int n;
            try
            {
                n = _transport is { } t ? await t.ReceiveAsync(buffer, timeout, stop).ConfigureAwait(false) : 0;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException)
            {
                await ErrorAsync().ConfigureAwait(false);
                try
                {
                    // A failing socket fails at once; pause so an error without recovery does not spin.
                    await Task.Delay(timeout, _time, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            if (n > 0)
                Received(buffer.AsSpan(0, n));
        }
    }

    private void Received(ReadOnlySpan<byte> datagram)
    {
        if (McastBeacon.TryDecode(datagram) is not { } beacon)
        {
            Interlocked.Increment(ref _undecodable);
            return;
        }

        if (_local is null || beacon.Id == _local.Id)
            return;
        if (beacon.Kind == McastBeacon.Shutdown)
        {
            ShutdownReceived(beacon.Id);
            return;
        }

        if (_table.Touch(beacon.ToMember(), _time.GetUtcNow()))
            _listener?.MemberAdded(beacon.ToMember());
    }

    /// <summary>Counts a socket error; at <c>recoveryCounter</c> in a row, reopens the socket after <c>recoverySleepTime</c>.</summary>
    private async Task ErrorAsync()
    {
        if (Interlocked.Increment(ref _errors) < _options.RecoveryCounter || !_options.RecoveryEnabled || _stop.IsCancellationRequested)
            return;
        if (Interlocked.Exchange(ref _recovering, 1) == 1)
            return;
        try
        {
            await Task.Delay(_options.RecoverySleepTime, _time, _stop.Token).ConfigureAwait(false);
            var old = Interlocked.Exchange(ref _transport, _open(_options));
            old?.Dispose();
            Interlocked.Exchange(ref _errors, 0);
            Interlocked.Increment(ref _recoveries);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.Sockets.SocketException)
        {
            // Stopping, or the group cannot be joined yet: the next error tries again.
        }
        finally
        {
            Volatile.Write(ref _recovering, 0);
        }
    }

    private byte[] Beacon(byte kind) =>
        new McastBeacon(kind, _local!.Id, _local.Host, _local.Port, _local.Domain, (long)(_time.GetUtcNow() - _started).TotalMilliseconds).Encode();
}
