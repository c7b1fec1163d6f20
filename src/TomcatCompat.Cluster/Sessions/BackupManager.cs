using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Primary/backup session replication (Tomcat: BackupManager over a LazyReplicatedMap, §4.5, §6). A
/// session lives on its primary (the node that created or last served it) and on one backup chosen
/// round robin among the other members; every other node keeps a proxy entry saying where the two
/// live. A request's changes go to the backup only, so a write costs one message whatever the size of
/// the cluster. A request reaching the backup promotes it; one reaching a proxy node fetches a copy
/// (RPC) and makes that node the primary; when a member leaves, the survivors promote and choose new
/// backups. Every message carries the session version, so a stale copy never overwrites a newer one.
/// Incoming messages: <c>BackupManager.Handlers.cs</c>; placement and RPC: <c>BackupManager.Placement.cs</c>.
/// </summary>
internal sealed partial class BackupManager : IReplicatedManager
{
    private readonly Dictionary<string, BackupEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<IDeltaSessionListener> _listeners = [];
    private readonly IReplicationChannel _channel;
    private readonly SessionIdGenerator _ids;
    private readonly TimeProvider _time;
    private long _sendFailures;

    public BackupManager(BackupManagerOptions options, IReplicationChannel channel, SessionIdGenerator ids, TimeProvider? time = null)
    {
        Options = options;
        _channel = channel;
        _ids = ids;
        _time = time ?? TimeProvider.System;
    }

    public BackupManagerOptions Options { get; }

    public string Name => Options.Name;

    /// <summary>Sessions primary on this node (Tomcat's BackupManager counts only those).</summary>
    public int ActiveSessions
    {
        get
        {
            lock (_gate)
                return _entries.Values.Count(e => IsLocal(e.Primary) && e.Session is not null);
        }
    }

    /// <summary>Sends that failed for some member; a failed backup send chooses another backup.</summary>
    public long SendFailures => Interlocked.Read(ref _sendFailures);

    public void AddListener(IDeltaSessionListener listener) => _listeners.Add(listener);

    /// <summary>This node's entry for an id (tests and diagnostics): role, placement and data.</summary>
    public BackupEntry? Entry(string id)
    {
        lock (_gate)
            return _entries.GetValueOrDefault(id);
    }

    /// <summary>Ids this node holds data for (primary or backup).</summary>
    public IReadOnlyCollection<string> HeldSessionIds
    {
        get
        {
            lock (_gate)
                return [.. _entries.Values.Where(e => e.Session is not null).Select(e => e.Id)];
        }
    }

    public async ValueTask<DeltaSession?> CreateSessionAsync(CancellationToken cancellationToken = default)
    {
        if (Options.MaxActiveSessions >= 0 && ActiveSessions >= Options.MaxActiveSessions)
            return null;
        var now = _time.GetUtcNow();
        DeltaSession session;
        BackupEntry entry;
        lock (_gate)
        {
            do
            {
                session = NewSession(_ids.Generate(), now, Options.MaxInactiveInterval);
            }
            while (_entries.ContainsKey(session.Id));
            session.IsPrimary = true;
            session.Version = 1;
            entry = new BackupEntry(session.Id, _channel.LocalMember.Id) { Session = session, Version = 1, Touched = now };
            _entries[session.Id] = entry;
        }

        Notify(l => l.SessionCreated(session, false));
        await PublishAsync(entry, null, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// The session, as primary here: taken over from the local backup copy, or fetched from the backup
    /// (then the primary) when this node holds only a proxy. Null when no member has it.
    /// </summary>
    public async ValueTask<DeltaSession?> FindSessionAsync(string id, CancellationToken cancellationToken = default)
    {
        BackupEntry? entry;
        bool promote;
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out entry))
                return null;
            if (IsLocal(entry.Primary) && entry.Session is not null)
                return entry.Session;
            promote = entry.Session is not null;
            if (promote)
                TakeOver(entry);
        }

        if (promote)
        {
            await PublishAsync(entry, null, cancellationToken).ConfigureAwait(false);
            return entry.Session;
        }

        return await RetrieveAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public void Access(DeltaSession session)
    {
        lock (session.Gate)
            session.LastAccessedTime = _time.GetUtcNow();
    }

    /// <summary>
    /// End of a request: the recorded changes go to the backup only (MapDiff), or MSG_ACCESS when nothing
    /// changed for longer than the session timeout. A session without a reachable backup is published in
    /// full to a newly chosen one, so with <c>mapSendOptions</c> use_ack + sync the response leaves only
    /// once some other node holds the write.
    /// </summary>
    public async ValueTask RequestCompletedAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        SessionMessage? message = null;
        BackupEntry? entry;
        Member? backup;
        lock (_gate)
        {
            entry = _entries.GetValueOrDefault(session.Id);
            if (entry is null || entry.Session != session || !IsLocal(entry.Primary))
                return;
            backup = entry.Backup is { } b ? _channel.Members.FirstOrDefault(m => m.Id == b) : null;
            lock (session.Gate)
            {
                if (!session.IsValid)
                    return;
                session.IsNew = false;
                if (!session.Pending.IsEmpty)
                {
                    session.Version++;
                    entry.Version = session.Version;
                    message = Message(SessionMessageKind.MapDiff, session.Id, session.Version, session.Pending.Serialize());
                    session.Pending.Clear();
                }
                else if (session.MaxInactiveInterval > 0 && now - session.LastReplicated > TimeSpan.FromSeconds(session.MaxInactiveInterval))
                {
                    message = Message(SessionMessageKind.MapAccess, session.Id, session.Version, []);
                }

                if (message is not null)
                    session.LastReplicated = now;
            }
        }

        if (message is null)
            return;
        if (backup is null || !await TrySendAsync(message, backup, Options.MapSendOptions, cancellationToken).ConfigureAwait(false))
            await PublishAsync(entry, entry.Backup, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>session.invalidate()</c>: removed here and, with MSG_REMOVE, from every member.</summary>
    public async ValueTask InvalidateAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        if (Remove(session.Id, notifyCluster: true) is { } message)
            await BroadcastAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Re-keys the session here and on every member (JvmRouteBinderValve); the session must be primary here.</summary>
    public async ValueTask<DeltaSession?> ChangeSessionIdAsync(string oldId, string newId, CancellationToken cancellationToken = default)
    {
        SessionMessage message;
        DeltaSession session;
        lock (_gate)
        {
            if (!_entries.TryGetValue(oldId, out var entry) || entry.Session is null || !IsLocal(entry.Primary) || _entries.ContainsKey(newId))
                return null;
            session = entry.Session;
            lock (session.Gate)
            {
                session.Id = newId;
                session.Version++;
                entry.Version = session.Version;
            }

            _entries.Remove(oldId);
            entry.Id = newId;
            _entries[newId] = entry;
            Tombstone(oldId, entry.Version);
            message = Message(SessionMessageKind.MapRename, oldId, entry.Version, System.Text.Encoding.UTF8.GetBytes(newId));
        }

        await BroadcastAsync(message, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// Background expiry: a primary session expires after its interval and is removed everywhere; a
    /// backup copy silently after twice the interval; proxies not confirmed for twice the default
    /// timeout are dropped. Diffs held for a missing predecessor past <see cref="BackupManagerOptions.GapTimeout"/>
    /// make the backup ask the primary for a full copy.
    /// </summary>
    public async ValueTask ProcessExpiresAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        List<SessionMessage> removals = [];
        List<(string Id, UniqueId Primary)> resync;
        lock (_gate)
        {
            foreach (var entry in _entries.Values.ToArray())
            {
                if (entry.Session is { } s)
                {
                    bool expired;
                    lock (s.Gate)
                        expired = s.IsExpired(now);
                    if (expired && Remove(entry.Id, notifyCluster: IsLocal(entry.Primary)) is { } m)
                        removals.Add(m);
                }
                else if (Options.MaxInactiveInterval > 0 && now - entry.Touched > TimeSpan.FromSeconds(2.0 * Options.MaxInactiveInterval))
                {
                    _entries.Remove(entry.Id);
                }
            }

            resync = TakeOverdueDiffs(now);
            PruneTombstones(now);
        }

        foreach (var m in removals)
            await BroadcastAsync(m, cancellationToken).ConfigureAwait(false);
        foreach (var (id, primary) in resync)
            await RequestResyncAsync(id, primary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Node stop: local copies are destroyed for the local listeners only; the other members notice the
    /// departure through membership and promote the backups (Tomcat's map sends MSG_STOP for the same effect).
    /// </summary>
    public ValueTask StopAsync(CancellationToken cancellationToken = default)
    {
        List<DeltaSession> destroyed;
        lock (_gate)
        {
            destroyed = [.. _entries.Values.Select(e => e.Session).OfType<DeltaSession>()];
            _entries.Clear();
        }

        foreach (var session in destroyed)
        {
            session.IsValid = false;
            Notify(l => l.SessionDestroyed(session, false));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Removes an entry under the map lock; returns the MSG_REMOVE to broadcast when <paramref name="notifyCluster"/>.</summary>
    private SessionMessage? Remove(string id, bool notifyCluster)
    {
        DeltaSession? session;
        long version;
        lock (_gate)
        {
            if (!_entries.Remove(id, out var entry))
                return null;
            session = entry.Session;
            version = entry.Version + 1;
            Tombstone(id, version);
            _pendingDiffs.Remove(id);
        }

        if (session is not null)
        {
            lock (session.Gate)
                session.IsValid = false;
            Notify(l => l.SessionDestroyed(session, false));
        }

        return notifyCluster ? Message(SessionMessageKind.MapRemove, id, version, []) : null;
    }

    private DeltaSession NewSession(string id, DateTimeOffset created, int maxInactive) =>
        new(id, created, maxInactive, Options.RecordAllActions, Replicates, OnLocalAttributeChanged);

    private bool Replicates(string name) => Options.SessionAttributeNameFilter?.IsMatch(name) ?? true;

    private void OnLocalAttributeChanged(DeltaSession session, string name, byte[]? value) =>
        Notify(l => l.AttributeChanged(session, name, value, false));

    private bool IsLocal(UniqueId id) => id == _channel.LocalMember.Id;

    private SessionMessage Message(SessionMessageKind kind, string? sessionId, long version, byte[] payload) =>
        new(kind, Name, sessionId, version, _time.GetUtcNow().ToUnixTimeMilliseconds(), payload);

    private void Notify(Action<IDeltaSessionListener> action)
    {
        foreach (var listener in _listeners)
            action(listener);
    }
}
