using System.Buffers.Binary;
using System.Text;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

// Incoming messages: one handler per SessionMessageKind, plus the version gate that keeps each
// session's changes in order on this replica.
internal sealed partial class DeltaManager
{
    private readonly Lock _applyGate = new();
    private readonly PendingMessages _pending = new();
    private readonly Dictionary<string, (long Version, DateTimeOffset At)> _tombstones = new(StringComparer.Ordinal);
    private readonly List<(SessionMessage Message, Member Sender)> _queuedDuringTransfer = [];
    private TaskCompletionSource<StateTransferResult>? _transfer;
    private long _stale;
    private long _gapsSkipped;
    private long _malformed;

    /// <summary>Messages ignored because this replica already had that version or a newer one.</summary>
    public long StaleDropped => Interlocked.Read(ref _stale);

    /// <summary>Held messages applied after <see cref="DeltaManagerOptions.GapTimeout"/> without their predecessor.</summary>
    public long GapsSkipped => Interlocked.Read(ref _gapsSkipped);

    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>
    /// Manager start: with members, asks the first one for all sessions (GET_ALL_SESSIONS) and waits
    /// up to <c>stateTransferTimeout</c> seconds; session messages arriving meanwhile are held and
    /// applied afterwards through the version gate.
    /// </summary>
    public async ValueTask<StateTransferResult> StartAsync(CancellationToken cancellationToken = default)
    {
        var members = _channel.Members;
        if (members.Count == 0)
            return StateTransferResult.Skipped;
        var timeout = Options.StateTransferTimeout;
        var wait = timeout > 0 || timeout == -1;
        var transfer = new TaskCompletionSource<StateTransferResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_applyGate)
            _transfer = wait ? transfer : null;
        await SendAsync(Message(SessionMessageKind.GetAllSessions, null, 0, []), members[0], SendOptions.Asynchronous, cancellationToken).ConfigureAwait(false);
        if (!wait)
            return StateTransferResult.NotWaited;
        StateTransferResult result;
        try
        {
            result = timeout == -1
                ? await transfer.Task.WaitAsync(cancellationToken).ConfigureAwait(false)
                : await transfer.Task.WaitAsync(TimeSpan.FromSeconds(timeout), _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            result = StateTransferResult.TimedOut;
        }

        lock (_applyGate)
        {
            _transfer = null;
            foreach (var (message, sender) in _queuedDuringTransfer)
            {
                if (!(Options.StateTimestampDrop && message.Kind == SessionMessageKind.GetAllSessions))
                    Dispatch(message, sender);
            }

            _queuedDuringTransfer.Clear();
        }

        return result;
    }

    /// <summary>Entry point from <see cref="ClusterSessionListener"/>; runs on the receiving thread.</summary>
    public void MessageReceived(SessionMessage message, Member sender)
    {
        lock (_applyGate)
        {
            if (_transfer is not null && message.Kind is not (SessionMessageKind.AllSessionData
                    or SessionMessageKind.AllSessionTransferComplete or SessionMessageKind.AllSessionNoContextManager))
            {
                _queuedDuringTransfer.Add((message, sender));
                return;
            }

            Dispatch(message, sender);
        }
    }

    private void Dispatch(SessionMessage message, Member sender)
    {
        switch (message.Kind)
        {
            case SessionMessageKind.GetAllSessions:
                _ = HandleGetAllSessionsAsync(sender);
                break;
            case SessionMessageKind.AllSessionData:
                HandleAllSessionData(message);
                break;
            case SessionMessageKind.AllSessionTransferComplete:
                _transfer?.TrySetResult(StateTransferResult.Received);
                break;
            case SessionMessageKind.AllSessionNoContextManager:
                _transfer?.TrySetResult(StateTransferResult.NoContextManager);
                break;
            default:
                ApplyInOrder(message);
                break;
        }
    }

    private void ApplyInOrder(SessionMessage message)
    {
        if (string.IsNullOrEmpty(message.SessionId) || message.Version <= 0)
        {
            Interlocked.Increment(ref _malformed);
            return;
        }

        var id = message.SessionId;
        var current = _sessions.TryGetValue(id, out var s) ? s.Version : _tombstones.TryGetValue(id, out var t) ? t.Version : 0;
        if (message.Version <= current)
        {
            Interlocked.Increment(ref _stale);
            return;
        }

        if (message.Version > current + 1)
        {
            var now = _time.GetUtcNow();
            if (!_pending.Add(message, now))
                Interlocked.Increment(ref _stale);
            // A gap is skipped GapTimeout after it opened, checked as traffic arrives, not only at the expiry sweep.
            SkipOverdueGaps(now);
            return;
        }

        ApplyAndDrain(message);
    }

    private void ApplyAndDrain(SessionMessage message)
    {
        for (SessionMessage? next = message; next is not null;)
        {
            var id = Apply(next);
            next = id is null ? null : _pending.TakeNext(id, _sessions.TryGetValue(id, out var s) ? s.Version : long.MaxValue);
        }
    }

    private void ApplyOverdue(DateTimeOffset now)
    {
        lock (_applyGate)
        {
            SkipOverdueGaps(now);
            foreach (var id in _tombstones.Where(t => now - t.Value.At > TombstoneLifetime).Select(t => t.Key).ToArray())
                _tombstones.Remove(id);
        }
    }

    /// <summary>Applies held messages whose predecessor has been missing longer than GapTimeout. Callers hold the apply lock.</summary>
    private void SkipOverdueGaps(DateTimeOffset now)
    {
        foreach (var message in _pending.TakeOverdue(now, Options.GapTimeout))
        {
            Interlocked.Increment(ref _gapsSkipped);
            ApplyAndDrain(message);
        }
    }

    /// <summary>Applies one in-order message; returns the id the session has afterwards (null when it is gone).</summary>
    private string? Apply(SessionMessage m)
    {
        var id = m.SessionId!;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(m.Timestamp, 0, 253402300799999));
        _sessions.TryGetValue(id, out var session);
        switch (m.Kind)
        {
            case SessionMessageKind.SessionCreated:
                var maxInactive = m.Payload.Length == 4 ? BinaryPrimitives.ReadInt32BigEndian(m.Payload) : Options.MaxInactiveInterval;
                session ??= Replica(id, at, maxInactive);
                session.Version = m.Version;
                if (Options.NotifySessionListenersOnReplication)
                    Notify(l => l.SessionCreated(session, true));
                return id;
            case SessionMessageKind.SessionDelta:
                if (DeltaRequest.TryDeserialize(m.Payload) is not { } actions)
                {
                    Interlocked.Increment(ref _malformed);
                    return null;
                }

                session ??= Replica(id, at, Options.MaxInactiveInterval);
                HandleSessionDelta(session, actions, m.Version, at);
                return id;
            case SessionMessageKind.SessionAccessed:
                session ??= Replica(id, at, Options.MaxInactiveInterval);
                lock (session.Gate)
                {
                    session.LastAccessedTime = at;
                    session.IsPrimary = false;
                    session.Version = m.Version;
                }

                return id;
            case SessionMessageKind.SessionExpired:
                Tombstone(id, m.Version);
                _pending.Remove(id);
                if (session is not null && _sessions.TryRemove(id, out _))
                {
                    session.IsValid = false;
                    if (Options.NotifySessionListenersOnReplication)
                        Notify(l => l.SessionDestroyed(session, true));
                }

                return null;
            case SessionMessageKind.ChangeSessionId:
                var newId = Encoding.UTF8.GetString(m.Payload);
                Tombstone(id, m.Version);
                if (newId.Length == 0 || _sessions.ContainsKey(newId))
                    return null;
                session ??= Replica(id, at, Options.MaxInactiveInterval);
                _sessions.TryRemove(id, out _);
                lock (session.Gate)
                {
                    session.Id = newId;
                    session.IsPrimary = false;
                    session.Version = m.Version;
                }

                _sessions[newId] = session;
                _pending.Rename(id, newId);
                return newId;
            default:
                Interlocked.Increment(ref _malformed);
                return null;
        }
    }

    private void HandleSessionDelta(DeltaSession session, IReadOnlyList<DeltaAction> actions, long version, DateTimeOffset at)
    {
        lock (session.Gate)
        {
            session.Apply(actions);
            session.LastAccessedTime = at;
            session.IsPrimary = false;
            session.Version = version;
        }

        if (Options.NotifyListenersOnReplication)
        {
            foreach (var a in actions.Where(a => a.Type == DeltaActionType.Attribute))
                Notify(l => l.AttributeChanged(session, a.Name, a.Remove ? null : a.Value, true));
        }
    }

    private void HandleAllSessionData(SessionMessage message)
    {
        if (SessionSnapshot.TryDeserializeAll(message.Payload) is not { } snapshots)
        {
            Interlocked.Increment(ref _malformed);
            return;
        }

        foreach (var snap in snapshots)
        {
            if (snap.Version <= (_sessions.TryGetValue(snap.Id, out var existing) ? existing.Version : _tombstones.GetValueOrDefault(snap.Id).Version))
                continue;
            var session = Replica(snap.Id, DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(snap.CreationTime, 0, 253402300799999)), snap.MaxInactiveInterval);
            lock (session.Gate)
            {
                foreach (var (name, value) in snap.Attributes)
                    session.ApplyAttribute(name, value);
                session.LastAccessedTime = DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(snap.LastAccessedTime, 0, 253402300799999));
                session.Version = snap.Version;
                session.IsNew = snap.IsNew;
            }

            _sessions[snap.Id] = session;
            if (Options.NotifySessionListenersOnReplication)
                Notify(l => l.SessionCreated(session, true));
            ApplyAndDrainPending(snap.Id, snap.Version);
        }
    }

    private void ApplyAndDrainPending(string id, long version)
    {
        if (_pending.TakeNext(id, version) is { } next)
            ApplyAndDrain(next);
    }

    /// <summary>Answers GET_ALL_SESSIONS: ALL_SESSION_DATA (always use_ack + sync, §3.1) in one or more blocks, then TRANSFERCOMPLETE.</summary>
    private async Task HandleGetAllSessionsAsync(Member requester)
    {
        try
        {
            await SendAllSessionsAsync(requester).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // The channel is stopping; the requester times out (stateTransferTimeout) as it would in Tomcat.
            Interlocked.Increment(ref _sendFailures);
        }
    }

    private async Task SendAllSessionsAsync(Member requester)
    {
        var snapshots = _sessions.Values.Select(s => { lock (s.Gate) return s.Snapshot(); }).ToArray();
        var blockSize = Options.SendAllSessions ? Math.Max(1, snapshots.Length) : Math.Max(1, Options.SendAllSessionsSize);
        for (var start = 0; start < snapshots.Length || start == 0; start += blockSize)
        {
            if (start > 0 && Options.SendAllSessionsWaitTime > TimeSpan.Zero)
                await Task.Delay(Options.SendAllSessionsWaitTime, _time).ConfigureAwait(false);
            var block = snapshots.Skip(start).Take(blockSize).ToArray();
            await SendAsync(Message(SessionMessageKind.AllSessionData, null, 0, SessionSnapshot.SerializeAll(block)), requester,
                SendOptions.UseAck | SendOptions.SynchronizedAck, CancellationToken.None).ConfigureAwait(false);
            if (snapshots.Length == 0)
                break;
        }

        await SendAsync(Message(SessionMessageKind.AllSessionTransferComplete, null, 0, []), requester, Options.ChannelSendOptions, CancellationToken.None).ConfigureAwait(false);
    }

    private DeltaSession Replica(string id, DateTimeOffset created, int maxInactive)
    {
        var session = NewSession(id, created, maxInactive);
        session.IsPrimary = false;
        session.IsNew = false;
        _sessions[id] = session;
        return session;
    }

    private void Tombstone(string id, long version) => _tombstones[id] = (version, _time.GetUtcNow());

    // Long enough for any in-flight message of a removed session to arrive and be recognised as stale.
    private TimeSpan TombstoneLifetime => TimeSpan.FromSeconds(Math.Max(600, 2L * Options.MaxInactiveInterval));
}
