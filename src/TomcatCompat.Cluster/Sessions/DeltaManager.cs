using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// All-to-all session replication (Tomcat: DeltaManager, §5). Every change a request makes is
/// recorded on the session and leaves as one SESSION_DELTA when the request completes. Each
/// message carries the session's next version, and every replica applies a session's messages in
/// version order (holding early ones, ignoring stale and duplicate ones), so concurrent or
/// reordered deliveries cannot leave a replica on an older value. Incoming messages are handled
/// in <c>DeltaManager.Handlers.cs</c>.
/// </summary>
internal sealed partial class DeltaManager : IReplicatedManager
{
    private readonly ConcurrentDictionary<string, DeltaSession> _sessions = new(StringComparer.Ordinal);
    private readonly List<IDeltaSessionListener> _listeners = [];
    private readonly IReplicationChannel _channel;
    private readonly SessionIdGenerator _ids;
    private readonly TimeProvider _time;
    private long _sendFailures;

    public DeltaManager(DeltaManagerOptions options, IReplicationChannel channel, SessionIdGenerator ids, TimeProvider? time = null)
    {
        Options = options;
        _channel = channel;
        _ids = ids;
        _time = time ?? TimeProvider.System;
    }

    public DeltaManagerOptions Options { get; }

    public string Name => Options.Name;

    public int ActiveSessions => _sessions.Count;

    public IReadOnlyCollection<string> SessionIds => [.. _sessions.Keys];

    /// <summary>Sends that failed for some member; replication goes on (Tomcat logs and continues).</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    public void AddListener(IDeltaSessionListener listener) => _listeners.Add(listener);

    // All-to-all: every member holds every session, so joins (state transfer at start) and departures need nothing here.
    void IReplicatedManager.MemberAdded(Member member)
    {
    }

    void IReplicatedManager.MemberDisappeared(Member member)
    {
    }

    public DeltaSession? FindSession(string id) => _sessions.GetValueOrDefault(id);

    ValueTask<DeltaSession?> ISessionManager.FindSessionAsync(string id, CancellationToken cancellationToken) => ValueTask.FromResult(FindSession(id));

    async ValueTask ISessionManager.StartAsync(CancellationToken cancellationToken) => await StartAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates a primary session and announces it at once (SESSION_CREATED, not at request end).
    /// Null when <c>maxActiveSessions</c> is reached (Tomcat throws IllegalStateException there).
    /// </summary>
    public async ValueTask<DeltaSession?> CreateSessionAsync(CancellationToken cancellationToken = default)
    {
        if (Options.MaxActiveSessions >= 0 && _sessions.Count >= Options.MaxActiveSessions)
            return null;
        var now = _time.GetUtcNow();
        DeltaSession session;
        do
        {
            session = NewSession(_ids.Generate(), now, Options.MaxInactiveInterval);
        }
        while (!_sessions.TryAdd(session.Id, session));
        session.IsPrimary = true;
        session.Version = 1;
        Notify(l => l.SessionCreated(session, false));
        if (_channel.Members.Count > 0)
            await SendAsync(Message(SessionMessageKind.SessionCreated, session.Id, 1, BitConverterBigEndian(session.MaxInactiveInterval)), null, Options.ChannelSendOptions, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>Start of a request: refresh the last-access time (Tomcat: <c>StandardSession.access</c>).</summary>
    public void Access(DeltaSession session)
    {
        lock (session.Gate)
            session.LastAccessedTime = _time.GetUtcNow();
    }

    /// <summary>
    /// End of a request (ReplicationValve → <c>requestCompleted</c>): sends the recorded delta, or
    /// SESSION_ACCESSED when nothing changed but the session was not primary here or was not
    /// replicated for longer than its max-inactive interval. Without members the changes are dropped.
    /// </summary>
    public async ValueTask RequestCompletedAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        // Concurrent requests on one session leave in version order: the next version is taken only after
        // the previous one was handed to the channel, so parallel connections cannot overtake each other
        // (a replica holds out-of-order versions, but only so many).
        await session.SendOrder.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CompleteAsync(session, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.SendOrder.Release();
        }
    }

    private async ValueTask CompleteAsync(DeltaSession session, CancellationToken cancellationToken)
    {
        SessionMessage? message = null;
        var now = _time.GetUtcNow();
        var hasMembers = _channel.Members.Count > 0;
        lock (session.Gate)
        {
            if (!session.IsValid)
                return;
            session.IsNew = false;
            if (!hasMembers)
            {
                session.Pending.Clear();
            }
            else if (!session.Pending.IsEmpty)
            {
                session.Version++;
                message = Message(SessionMessageKind.SessionDelta, session.Id, session.Version, session.Pending.Serialize());
                session.Pending.Clear();
            }
            else if (!session.IsPrimary || (session.MaxInactiveInterval > 0 && now - session.LastReplicated > TimeSpan.FromSeconds(session.MaxInactiveInterval)))
            {
                session.Version++;
                message = Message(SessionMessageKind.SessionAccessed, session.Id, session.Version, []);
            }

            session.IsPrimary = true;
            if (message is not null)
                session.LastReplicated = now;
        }

        if (message is not null)
            await SendAsync(message, null, Options.ChannelSendOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>session.invalidate()</c>: the pending delta leaves first, then SESSION_EXPIRED to every member.</summary>
    public async ValueTask InvalidateAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        await RequestCompletedAsync(session, cancellationToken).ConfigureAwait(false);
        await ExpireAsync(session, notifyCluster: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renames a session here and on every member (CHANGE_SESSION_ID); null when the old id is unknown or the new one taken.</summary>
    public async ValueTask<DeltaSession?> ChangeSessionIdAsync(string oldId, string newId, CancellationToken cancellationToken = default)
    {
        SessionMessage message;
        DeltaSession session;
        lock (_applyGate)
        {
            if (!_sessions.TryGetValue(oldId, out session!) || _sessions.ContainsKey(newId))
                return null;
            lock (session.Gate)
            {
                _sessions.TryRemove(oldId, out _);
                session.Id = newId;
                _sessions[newId] = session;
                session.Version++;
                session.IsPrimary = true;
                message = Message(SessionMessageKind.ChangeSessionId, oldId, session.Version, System.Text.Encoding.UTF8.GetBytes(newId));
            }

            Tombstone(oldId, session.Version);
        }

        if (_channel.Members.Count > 0)
            await SendAsync(message, null, Options.ChannelSendOptions, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// Background expiry (Tomcat: <c>processExpires</c>): a primary session expires after its
    /// interval and tells the cluster; a replica silently after twice the interval. Also applies
    /// held messages whose predecessor never came (<see cref="DeltaManagerOptions.GapTimeout"/>).
    /// </summary>
    public async ValueTask ProcessExpiresAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        foreach (var session in _sessions.Values)
        {
            bool expired, primary;
            lock (session.Gate)
            {
                expired = session.IsExpired(now);
                primary = session.IsPrimary;
            }

            if (expired)
                await ExpireAsync(session, notifyCluster: primary, cancellationToken).ConfigureAwait(false);
        }

        ApplyOverdue(now);
    }

    /// <summary>Node stop: every session is destroyed locally; the cluster hears of it only with <c>expireSessionsOnShutdown</c>.</summary>
    public async ValueTask StopAsync(CancellationToken cancellationToken = default)
    {
        foreach (var session in _sessions.Values)
            await ExpireAsync(session, notifyCluster: Options.ExpireSessionsOnShutdown && session.IsPrimary, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ExpireAsync(DeltaSession session, bool notifyCluster, CancellationToken cancellationToken)
    {
        SessionMessage message;
        lock (_applyGate)
        {
            lock (session.Gate)
            {
                if (!session.IsValid)
                    return;
                session.IsValid = false;
                session.Version++;
                message = Message(SessionMessageKind.SessionExpired, session.Id, session.Version, []);
            }

            _sessions.TryRemove(session.Id, out _);
            Tombstone(session.Id, session.Version);
        }

        Notify(l => l.SessionDestroyed(session, false));
        if (notifyCluster && _channel.Members.Count > 0)
            await SendAsync(message, null, Options.ChannelSendOptions, cancellationToken).ConfigureAwait(false);
    }

    private DeltaSession NewSession(string id, DateTimeOffset created, int maxInactive) =>
        new(id, created, maxInactive, Options.RecordAllActions, Replicates, OnLocalAttributeChanged);

    private bool Replicates(string name) => Options.SessionAttributeNameFilter?.IsMatch(name) ?? true;

    private void OnLocalAttributeChanged(DeltaSession session, string name, byte[]? value) =>
        Notify(l => l.AttributeChanged(session, name, value, false));

    private SessionMessage Message(SessionMessageKind kind, string? sessionId, long version, byte[] payload) =>
        new(kind, Name, sessionId, version, _time.GetUtcNow().ToUnixTimeMilliseconds(), payload);

    private async ValueTask SendAsync(SessionMessage message, Member? to, SendOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.SendAsync(message, to, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelException)
        {
            Interlocked.Increment(ref _sendFailures);
        }
    }

    private void Notify(Action<IDeltaSessionListener> action)
    {
        foreach (var listener in _listeners)
            action(listener);
    }

    private static byte[] BitConverterBigEndian(int value)
    {
        var bytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
