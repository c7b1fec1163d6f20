using System.Collections.Concurrent;
using System.Collections.Immutable;
using TomcatCompat.Cluster.Sessions;

namespace TomcatCompat.SessionStores.Stores;

/// <summary>
/// A context's session manager backed by an external store (Redisson's RedissonSessionManager,
/// RedisSessionManager, memcached-session-manager). At the end of a request only the attributes it
/// changed are written (<see cref="SessionWrite.Changes"/>), with the version the local copy was read at,
/// so the store drops a change another node has superseded; the store's TTL is the session timeout.
/// A store outage never fails a request: the node serves its local copies, logs once
/// (<see cref="StoreHealth"/>) and writes the changes made meanwhile when the store is back
/// (StoreSessionManager.Sync.cs).
/// </summary>
internal sealed partial class StoreSessionManager : ISessionManager, IAsyncDisposable
{
    private static readonly ImmutableSortedDictionary<string, byte[]?> NoChanges = ImmutableSortedDictionary<string, byte[]?>.Empty.WithComparers(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, DeltaSession> _sessions = new(StringComparer.Ordinal);
    private readonly ISessionStore _store;
    private readonly SessionIdGenerator _ids;
    private readonly TimeProvider _time;

    public StoreSessionManager(StoreManagerOptions options, ISessionStore store, SessionIdGenerator ids, Action<string>? log = null, TimeProvider? time = null)
    {
        Options = options;
        _store = store;
        _ids = ids;
        _time = time ?? TimeProvider.System;
        Health = new StoreHealth(options.Name, store.Description, log ?? (line => Console.Error.WriteLine(line)), _time);
    }

    public StoreManagerOptions Options { get; }

    public StoreHealth Health { get; }

    public string Name => Options.Name;

    /// <summary>Sessions this node holds a local copy of.</summary>
    public int ActiveSessions => _sessions.Count;

    internal ISessionStore Store => _store;

    public async ValueTask<DeltaSession?> FindSessionAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_sessions.TryGetValue(id, out var local) && !local.IsValid)
            local = null;
        // A sticky copy is authoritative; a copy with unwritten changes is newer than the store's.
        if (local is not null && (Options.ReadPolicy == StoreReadPolicy.LocalSticky || _unsynced.ContainsKey(id)))
            return local;
        try
        {
            if (local is not null && Options.ReadPolicy == StoreReadPolicy.LocalValidated)
            {
                var version = await _store.VersionAsync(id, cancellationToken).ConfigureAwait(false);
                Health.Succeeded();
                if (version == local.Version)
                    return local;
                if (version is null)
                    return Missing(id, local);
            }

            var stored = await _store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
            Health.Succeeded();
            if (stored is null)
                return Missing(id, local);
            var session = FromStored(stored);
            _sessions[id] = session;
            return session;
        }
        catch (SessionStoreException e)
        {
            Health.Failed(e);
            return local;
        }
    }

    public ValueTask<DeltaSession?> CreateSessionAsync(CancellationToken cancellationToken = default)
    {
        if (Options.MaxActiveSessions >= 0 && _sessions.Count >= Options.MaxActiveSessions)
            return ValueTask.FromResult<DeltaSession?>(null);
        var now = _time.GetUtcNow();
        DeltaSession session;
        do
        {
            session = NewSession(NewId(), now, Options.MaxInactiveInterval);
        }
        while (!_sessions.TryAdd(session.Id, session));
        session.IsPrimary = true;
        return ValueTask.FromResult<DeltaSession?>(session);
    }

    public void Access(DeltaSession session)
    {
        lock (session.Gate)
            session.LastAccessedTime = _time.GetUtcNow();
    }

    /// <summary>
    /// Request end: writes the attributes the request changed (every attribute with
    /// <see cref="StoreManagerOptions.WriteAllAttributes"/>, or for a new session), or only refreshes
    /// the last-access time and the TTL when nothing changed.
    /// </summary>
    public async ValueTask RequestCompletedAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        SessionWrite write;
        lock (session.Gate)
        {
            if (!session.IsValid)
                return;
            var changes = NoChanges.ToBuilder();
            foreach (var action in session.Pending.Actions)
            {
                if (action.Type == DeltaActionType.Attribute)
                    changes[action.Name] = action.Remove ? null : action.Value;
            }

            session.Pending.Clear();
            session.IsNew = false;
            var pending = new PendingChanges(changes.ToImmutable(), session.Version == 0);
            if (_unsynced.TryRemove(session.Id, out var carried))
                pending = carried.Then(pending);
            var attributes = session.Attributes;
            if (Options.WriteAllAttributes)
                pending = pending with { Changes = pending.Changes.SetItems(attributes.Select(a => KeyValuePair.Create(a.Key, (byte[]?)a.Value))) };
            write = Write(session, pending, attributes);
        }

        await WriteAsync(session, write, cancellationToken).ConfigureAwait(false);
    }

    private SessionWrite Write(DeltaSession session, PendingChanges pending, ImmutableSortedDictionary<string, byte[]> attributes) => new()
    {
        Id = session.Id,
        BaseVersion = session.Version,
        CreationTime = session.CreationTime.ToUnixTimeMilliseconds(),
        LastAccessedTime = session.LastAccessedTime.ToUnixTimeMilliseconds(),
        MaxInactiveInterval = session.MaxInactiveInterval,
        Changes = pending.Full ? pending.Changes.SetItems(attributes.Select(a => KeyValuePair.Create(a.Key, (byte[]?)a.Value))) : pending.Changes,
        Attributes = attributes,
        Full = pending.Full,
        Cas = _cas.GetValueOrDefault(session.Id),
    };

    private string NewId()
    {
        var id = _ids.Generate();
        if (Options.IdSuffix?.Invoke() is not { Length: > 0 } suffix)
            return id;
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? id + suffix : id[..dot] + suffix + id[dot..];
    }

    private DeltaSession NewSession(string id, DateTimeOffset created, int maxInactive) =>
        new(id, created, maxInactive, false, static _ => true, static (_, _, _) => { });

    private DeltaSession FromStored(StoredSession stored)
    {
        var session = NewSession(stored.Id, DateTimeOffset.FromUnixTimeMilliseconds(stored.CreationTime), stored.MaxInactiveInterval);
        lock (session.Gate)
        {
            session.LastAccessedTime = DateTimeOffset.FromUnixTimeMilliseconds(stored.LastAccessedTime);
            session.LastReplicated = _time.GetUtcNow();
            session.Version = stored.Version;
            session.IsNew = false;
            session.IsPrimary = true;
            foreach (var (name, value) in stored.Attributes)
                session.ApplyAttribute(name, value);
        }

        if (stored.Cas != 0)
            _cas[stored.Id] = stored.Cas;
        return session;
    }

    /// <summary>
    /// The store has no such session. Usually it expired or was invalidated on another node; but when
    /// our copy predates the last outage the store may have lost it (restarted empty): then the copy
    /// is kept and written back whole.
    /// </summary>
    private DeltaSession? Missing(string id, DeltaSession? local)
    {
        if (local is not null && local.LastReplicated < Health.LastRecovery && !local.IsExpired(_time.GetUtcNow()))
        {
            _unsynced.AddOrUpdate(id, new PendingChanges(NoChanges, true), (_, p) => p with { Full = true });
            return local;
        }

        _sessions.TryRemove(id, out _);
        _cas.TryRemove(id, out _);
        return null;
    }
}
