using System.Collections.Concurrent;
using System.Text;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

// Incoming map messages, one handler per kind, the version rule that keeps stale copies out, and the
// request/reply calls (MSG_RETRIEVE_BACKUP, MSG_STATE) bounded by rpcTimeout on the injected clock.
internal sealed partial class BackupManager
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<SessionMessage>> _calls = new();
    private readonly Dictionary<string, (long Version, DateTimeOffset At)> _tombstones = new(StringComparer.Ordinal);
    private readonly PendingMessages _pendingDiffs = new();
    private readonly HashSet<string> _resyncRequested = new(StringComparer.Ordinal);
    private long _callId;
    private long _stale;
    private long _malformed;

    /// <summary>Messages ignored because this node already had that version, a newer one, or a newer placement.</summary>
    public long StaleDropped => Interlocked.Read(ref _stale);

    public long MalformedCount => Interlocked.Read(ref _malformed);

    public void MessageReceived(SessionMessage message, Member sender)
    {
        switch (message.Kind)
        {
            case SessionMessageKind.MapReply:
                if (_calls.TryRemove(message.Version, out var call))
                    call.TrySetResult(message);
                return;
            case SessionMessageKind.MapRetrieve:
                _ = ReplyAsync(message, sender, RetrieveReply(message.SessionId));
                return;
            case SessionMessageKind.MapState:
                _ = ReplyAsync(message, sender, StateReply());
                return;
            case SessionMessageKind.MapResync:
                _ = ResyncAsync(message.SessionId);
                return;
        }

        if (string.IsNullOrEmpty(message.SessionId))
        {
            Interlocked.Increment(ref _malformed);
            return;
        }

        bool resync;
        lock (_gate)
        {
            if (IsTombstoned(message.SessionId, message.Version))
            {
                Interlocked.Increment(ref _stale);
                return;
            }

            resync = message.Kind switch
            {
                SessionMessageKind.MapBackup => HandleBackup(message),
                SessionMessageKind.MapDiff => HandleDiff(message),
                SessionMessageKind.MapProxy => HandleProxy(message),
                SessionMessageKind.MapAccess => HandleAccess(message),
                SessionMessageKind.MapRemove => HandleRemove(message),
                SessionMessageKind.MapRename => HandleRename(message, sender),
                _ => Malformed(),
            };
        }

        if (resync)
            _ = RequestResyncAsync(message.SessionId, sender.Id, CancellationToken.None);
    }

    /// <summary>A full copy: this node becomes (or stays) the backup, unless it holds a newer version or placement.</summary>
    private bool HandleBackup(SessionMessage m)
    {
        if (!MapPayload.TryReadBackup(m.Payload, out var placement, out var snapshot))
            return Malformed();
        var id = m.SessionId!;
        _entries.TryGetValue(id, out var entry);
        if (entry is not null && !Supersedes(m.Version, placement.Primary, entry))
            return Stale();
        var created = entry?.Session is null;
        entry ??= _entries[id] = new BackupEntry(id, placement.Primary);
        var session = entry.Session ??= FromSnapshot(snapshot!);
        lock (session.Gate)
        {
            if (!created)
            {
                session.ReplaceAttributes(snapshot!.Attributes);
                session.MaxInactiveInterval = snapshot.MaxInactiveInterval;
                session.LastAccessedTime = Time(snapshot.LastAccessedTime);
            }

            session.Version = m.Version;
            session.IsPrimary = false;
        }

        SetPlacement(entry, placement, m.Version);
        _resyncRequested.Remove(id);
        if (created)
            Notify(l => l.SessionCreated(session, true));
        DrainDiffs(entry);
        return false;
    }

    /// <summary>One request's changes: applied in version order on the backup; early ones wait, a backup without a copy asks for one.</summary>
    private bool HandleDiff(SessionMessage m)
    {
        var id = m.SessionId!;
        if (!_entries.TryGetValue(id, out var entry) || entry.Session is null)
            return _resyncRequested.Add(id);
        if (IsLocal(entry.Primary) || m.Version <= entry.Session.Version)
            return Stale();
        if (m.Version > entry.Session.Version + 1)
        {
            if (!_pendingDiffs.Add(m, _time.GetUtcNow()))
                Interlocked.Increment(ref _stale);
            return false;
        }

        if (!ApplyDiff(entry, m))
            return Malformed();
        DrainDiffs(entry);
        return false;
    }

    private bool ApplyDiff(BackupEntry entry, SessionMessage m)
    {
        if (DeltaRequest.TryDeserialize(m.Payload) is not { } actions)
            return false;
        var session = entry.Session!;
        lock (session.Gate)
        {
            session.Apply(actions);
            session.LastAccessedTime = Time(m.Timestamp);
            session.Version = m.Version;
        }

        entry.Version = m.Version;
        entry.Touched = _time.GetUtcNow();
        if (Options.NotifyListenersOnReplication)
        {
            foreach (var a in actions.Where(a => a.Type == DeltaActionType.Attribute))
                Notify(l => l.AttributeChanged(session, a.Name, a.Remove ? null : a.Value, true));
        }

        return true;
    }

    private void DrainDiffs(BackupEntry entry)
    {
        while (entry.Session is { } s && _pendingDiffs.TakeNext(entry.Id, s.Version) is { } next && ApplyDiff(entry, next))
        {
        }
    }

    /// <summary>Placement only: a node that held the data and is neither primary nor backup any more lets it go.</summary>
    private bool HandleProxy(SessionMessage m)
    {
        if (!MapPayload.TryReadPlacement(m.Payload, out var placement))
            return Malformed();
        var id = m.SessionId!;
        if (_entries.TryGetValue(id, out var entry) && !Supersedes(m.Version, placement.Primary, entry))
            return Stale();
        entry ??= _entries[id] = new BackupEntry(id, placement.Primary);
        SetPlacement(entry, placement, m.Version);
        if (entry.Session is { } held && !IsLocal(placement.Primary) && !(placement.Backup is { } b && IsLocal(b)))
        {
            lock (held.Gate)
                held.IsPrimary = false;
            entry.Session = null;
            _pendingDiffs.Remove(id);
        }

        return false;
    }

    private bool HandleAccess(SessionMessage m)
    {
        if (_entries.TryGetValue(m.SessionId!, out var entry) && entry.Session is { } s && !IsLocal(entry.Primary))
        {
            lock (s.Gate)
                s.LastAccessedTime = Time(m.Timestamp);
            entry.Touched = _time.GetUtcNow();
        }

        return false;
    }

    private bool HandleRemove(SessionMessage m)
    {
        var id = m.SessionId!;
        Tombstone(id, m.Version);
        _pendingDiffs.Remove(id);
        if (_entries.Remove(id, out var entry) && entry.Session is { } session)
        {
            lock (session.Gate)
                session.IsValid = false;
            Notify(l => l.SessionDestroyed(session, true));
        }

        return false;
    }

    private bool HandleRename(SessionMessage m, Member sender)
    {
        var oldId = m.SessionId!;
        var newId = Encoding.UTF8.GetString(m.Payload);
        if (newId.Length == 0 || _entries.ContainsKey(newId))
            return Malformed();
        Tombstone(oldId, m.Version);
        _pendingDiffs.Remove(oldId);
        if (!_entries.Remove(oldId, out var entry))
            entry = new BackupEntry(newId, sender.Id);
        entry.Id = newId;
        entry.Version = Math.Max(entry.Version, m.Version);
        entry.Touched = _time.GetUtcNow();
        if (entry.Session is { } s)
        {
            lock (s.Gate)
            {
                s.Id = newId;
                s.Version = m.Version;
            }
        }

        _entries[newId] = entry;
        return false;
    }

    /// <summary>
    /// Newer placement wins: a higher version, or at the same version (two nodes took over at once) the
    /// higher primary id, so every node settles on the same primary.
    /// </summary>
    private static bool Supersedes(long version, UniqueId primary, BackupEntry entry)
    {
        var current = entry.Session?.Version ?? entry.Version;
        if (version != current)
            return version > current;
        return primary == entry.Primary ? entry.Session is null || !entry.Session.IsPrimary : Compare(primary, entry.Primary) > 0;
    }

    private static int Compare(UniqueId a, UniqueId b) => a.High != b.High ? a.High.CompareTo(b.High) : a.Low.CompareTo(b.Low);

    private void SetPlacement(BackupEntry entry, BackupPlacement placement, long version)
    {
        entry.Primary = placement.Primary;
        entry.Backup = placement.Backup;
        entry.Version = Math.Max(entry.Version, version);
        entry.Touched = _time.GetUtcNow();
    }

    private byte[] RetrieveReply(string? id)
    {
        lock (_gate)
        {
            if (id is null || !_entries.TryGetValue(id, out var entry) || entry.Session is not { } s)
                return [];
            lock (s.Gate)
                return MapPayload.Backup(new BackupPlacement(entry.Primary, entry.Backup), s.Snapshot());
        }
    }

    private byte[] StateReply()
    {
        lock (_gate)
        {
            return MapPayload.State([.. _entries.Values.Where(e => !e.Primary.IsZero)
                .Select(e => (e.Id, new BackupPlacement(e.Primary, e.Backup), e.Session?.Version ?? e.Version))]);
        }
    }

    private async Task ReplyAsync(SessionMessage request, Member to, byte[] payload) =>
        await TrySendAsync(Message(SessionMessageKind.MapReply, request.SessionId, request.Version, payload), to, SendOptions.UseAck, CancellationToken.None).ConfigureAwait(false);

    /// <summary>Sends a request and waits for the reply with the same call id; null on timeout or send failure.</summary>
    private async ValueTask<SessionMessage?> CallAsync(SessionMessageKind kind, string? id, Member to, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var callId = Interlocked.Increment(ref _callId);
        var reply = new TaskCompletionSource<SessionMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[callId] = reply;
        try
        {
            if (!await TrySendAsync(Message(kind, id, callId, []), to, SendOptions.UseAck, cancellationToken).ConfigureAwait(false))
                return null;
            return await reply.Task.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _calls.TryRemove(callId, out _);
        }
    }

    private async ValueTask RequestResyncAsync(string id, UniqueId primary, CancellationToken cancellationToken)
    {
        if (_channel.Members.FirstOrDefault(m => m.Id == primary) is { } to)
            await TrySendAsync(Message(SessionMessageKind.MapResync, id, 0, []), to, SendOptions.UseAck, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A backup lost its copy: publish the session again (to a backup chosen afresh).</summary>
    private async Task ResyncAsync(string? id)
    {
        BackupEntry? entry;
        lock (_gate)
            entry = id is null ? null : _entries.GetValueOrDefault(id);
        if (entry is not null)
            await PublishAsync(entry, null, CancellationToken.None).ConfigureAwait(false);
    }

    private List<(string Id, UniqueId Primary)> TakeOverdueDiffs(DateTimeOffset now) =>
        [.. _pendingDiffs.TakeOverdue(now, Options.GapTimeout)
            .Select(m => (m.SessionId!, _entries.GetValueOrDefault(m.SessionId!)?.Primary ?? UniqueId.Zero))
            .Where(x => !x.Item2.IsZero)];

    private async ValueTask<bool> TrySendAsync(SessionMessage message, Member? to, SendOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.SendAsync(message, to, options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChannelException)
        {
            Interlocked.Increment(ref _sendFailures);
            return false;
        }
    }

    private async Task BroadcastAsync(SessionMessage message, CancellationToken cancellationToken)
    {
        if (_channel.Members.Count > 0)
            await TrySendAsync(message, null, Options.MapSendOptions, cancellationToken).ConfigureAwait(false);
    }

    private bool IsTombstoned(string id, long version) => _tombstones.TryGetValue(id, out var t) && version <= t.Version;

    private void Tombstone(string id, long version) => _tombstones[id] = (Math.Max(version, _tombstones.GetValueOrDefault(id).Version), _time.GetUtcNow());

    private void PruneTombstones(DateTimeOffset now)
    {
        var lifetime = TimeSpan.FromSeconds(Math.Max(600, 2L * Options.MaxInactiveInterval));
        foreach (var id in _tombstones.Where(t => now - t.Value.At > lifetime).Select(t => t.Key).ToArray())
            _tombstones.Remove(id);
    }

    private bool Stale()
    {
        Interlocked.Increment(ref _stale);
        return false;
    }

    private bool Malformed()
    {
        Interlocked.Increment(ref _malformed);
        return false;
    }
}
