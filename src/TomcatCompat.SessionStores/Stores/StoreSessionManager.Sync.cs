using System.Collections.Concurrent;
using TomcatCompat.Cluster.Sessions;

namespace TomcatCompat.SessionStores.Stores;

// Writing to the store, and what is owed to it after an outage: changes (_unsynced) and deletes
// (_unsyncedDeletes) that failed are retried by the sweep, so the store catches up without a request.
internal sealed partial class StoreSessionManager
{
    private readonly ConcurrentDictionary<string, PendingChanges> _unsynced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unsyncedDeletes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong> _cas = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sweepGate = new(1, 1);
    private ITimer? _sweep;

    /// <summary>Sessions with changes the store has not received yet.</summary>
    public int UnsyncedSessions => _unsynced.Count;

    public async ValueTask StartAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SessionStoreException e)
        {
            Health.Failed(e);
        }

        _sweep ??= _time.CreateTimer(_ => _ = SweepAsync(), null, Options.SweepInterval, Options.SweepInterval);
    }

    /// <summary><c>session.invalidate()</c>: gone here and from the store (retried after an outage).</summary>
    public async ValueTask InvalidateAsync(DeltaSession session, CancellationToken cancellationToken = default)
    {
        string id;
        lock (session.Gate)
        {
            if (!session.IsValid)
                return;
            session.IsValid = false;
            id = session.Id;
        }

        Forget(id);
        await DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>JvmRouteBinderValve (or MSM's own failover rename): the session moves to the new id in the store.</summary>
    public async ValueTask<DeltaSession?> ChangeSessionIdAsync(string oldId, string newId, CancellationToken cancellationToken = default)
    {
        if (_sessions.ContainsKey(newId) || await FindSessionAsync(oldId, cancellationToken).ConfigureAwait(false) is not { } session)
            return null;
        SessionWrite write;
        lock (session.Gate)
        {
            if (!session.IsValid || !_sessions.TryAdd(newId, session))
                return null;
            _sessions.TryRemove(oldId, out _);
            _cas.TryRemove(oldId, out _);
            _unsynced.TryRemove(oldId, out var carried);
            session.Id = newId;
            write = Write(session, (carried ?? new PendingChanges(NoChanges, true)) with { Full = true }, session.Attributes);
        }

        await WriteAsync(session, write, cancellationToken).ConfigureAwait(false);
        await DeleteAsync(oldId, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>Drops expired local copies (the store expires its entries by TTL) and retries what an outage left unwritten.</summary>
    public async ValueTask ProcessExpiresAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        foreach (var session in _sessions.Values)
        {
            bool expired;
            lock (session.Gate)
                expired = session.IsExpired(now);
            if (expired)
                Forget(session.Id);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Node stop: sessions stay in the store for the other nodes; one last try to write what is owed.</summary>
    public async ValueTask StopAsync(CancellationToken cancellationToken = default)
    {
        if (_sweep is not null)
            await _sweep.DisposeAsync().ConfigureAwait(false);
        _sweep = null;
        if (!Health.InOutage)
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        _sessions.Clear();
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => StopAsync();

    private async ValueTask WriteAsync(DeltaSession session, SessionWrite write, CancellationToken cancellationToken)
    {
        StoreWriteResult result;
        try
        {
            result = await _store.WriteAsync(write, cancellationToken).ConfigureAwait(false);
            Health.Succeeded();
            Health.Wrote();
        }
        catch (SessionStoreException e)
        {
            Health.Failed(e);
            var pending = new PendingChanges(write.Changes, write.Full);
            _unsynced.AddOrUpdate(write.Id, pending, (_, earlier) => earlier.Then(pending));
            return;
        }

        if (result.Cas != 0)
            _cas[write.Id] = result.Cas;
        switch (result.Status)
        {
            case StoreWriteStatus.Gone when !write.Full && session.LastReplicated < Health.LastRecovery:
                // Our copy predates an outage: the store may have restarted empty, so write it back whole.
                await WriteAsync(session, write with { Full = true, Changes = write.Changes.SetItems(write.Attributes.Select(a => KeyValuePair.Create(a.Key, (byte[]?)a.Value))) }, cancellationToken).ConfigureAwait(false);
                return;
            case StoreWriteStatus.Gone:
                // Expired or invalidated on another node while this request ran.
                lock (session.Gate)
                    session.IsValid = false;
                Forget(write.Id);
                return;
            case StoreWriteStatus.Stale:
                Health.Stale();
                break;
        }

        lock (session.Gate)
        {
            session.Version = result.Version;
            session.LastReplicated = _time.GetUtcNow();
        }

        // Our copy lacks what others wrote: read the store's next time (a sticky copy keeps its own values).
        if ((result.OthersWrote || result.Status == StoreWriteStatus.Stale) && Options.ReadPolicy != StoreReadPolicy.LocalSticky)
            _sessions.TryRemove(write.Id, out _);
    }

    private async ValueTask DeleteAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await _store.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            Health.Succeeded();
            _unsyncedDeletes.TryRemove(id, out _);
        }
        catch (SessionStoreException e)
        {
            Health.Failed(e);
            _unsyncedDeletes[id] = 0;
        }
    }

    private void Forget(string id)
    {
        _sessions.TryRemove(id, out _);
        _unsynced.TryRemove(id, out _);
        _cas.TryRemove(id, out _);
    }

    private async Task SweepAsync()
    {
        try
        {
            await ProcessExpiresAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A timer callback must never take the node down; the next sweep tries again.
            Health.SweepFailed(e);
        }
    }

    /// <summary>Writes owed changes and deletes; stops at the first failure (the store is still out).</summary>
    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_unsynced.IsEmpty && _unsyncedDeletes.IsEmpty)
            return;
        if (!await _sweepGate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
            return;
        try
        {
            foreach (var id in _unsyncedDeletes.Keys)
            {
                await DeleteAsync(id, cancellationToken).ConfigureAwait(false);
                if (Health.InOutage)
                    return;
            }

            foreach (var id in _unsynced.Keys)
            {
                if (!_sessions.TryGetValue(id, out var session) || !_unsynced.TryRemove(id, out var pending))
                {
                    _unsynced.TryRemove(id, out _);
                    continue;
                }

                SessionWrite write;
                lock (session.Gate)
                    write = Write(session, pending, session.Attributes);
                await WriteAsync(session, write, cancellationToken).ConfigureAwait(false);
                if (Health.InOutage)
                    return;
            }
        }
        finally
        {
            _sweepGate.Release();
        }
    }
}
