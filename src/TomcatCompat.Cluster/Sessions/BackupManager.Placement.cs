using System.Collections.Concurrent;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

// Where sessions live: choosing backups, publishing placement, taking over, fetching copies, and
// reacting to members joining and leaving (Tomcat: LazyReplicatedMap.publishEntryInfo, memberDisappeared).
internal sealed partial class BackupManager
{
    private readonly ConcurrentDictionary<string, Task<DeltaSession?>> _retrievals = new(StringComparer.Ordinal);
    private readonly List<Task> _background = [];
    private int _nextBackup;

    /// <summary>Completes when the republishing started by membership events so far has finished (tests, shutdown).</summary>
    public Task WhenIdleAsync()
    {
        lock (_background)
            return Task.WhenAll([.. _background]);
    }

    public void MemberAdded(Member member)
    {
        List<BackupEntry> orphans;
        lock (_gate)
            orphans = [.. _entries.Values.Where(e => IsLocal(e.Primary) && e.Session is not null && e.Backup is null)];
        if (orphans.Count > 0)
            Track(RepublishAsync(orphans));
    }

    /// <summary>
    /// A member left: sessions it backed up get a new backup; sessions it served are taken over by their
    /// backup here (which chooses a new backup); proxies forget it.
    /// </summary>
    public void MemberDisappeared(Member member)
    {
        List<BackupEntry> republish = [];
        lock (_gate)
        {
            foreach (var entry in _entries.Values)
            {
                if (IsLocal(entry.Primary) && entry.Session is not null)
                {
                    if (entry.Backup == member.Id)
                    {
                        entry.Backup = null;
                        republish.Add(entry);
                    }
                }
                else if (entry.Primary == member.Id && entry.Session is not null)
                {
                    TakeOver(entry);
                    republish.Add(entry);
                }
                else if (entry.Primary == member.Id)
                {
                    // The backup takes over and will say so; until then a request here asks it.
                    entry.Primary = entry.Backup ?? UniqueId.Zero;
                    entry.Backup = null;
                }
                else if (entry.Backup == member.Id)
                {
                    entry.Backup = null;
                }
            }
        }

        if (republish.Count > 0)
            Track(RepublishAsync(republish));
    }

    /// <summary>
    /// Map start (Tomcat: the map's MSG_STATE transfer): learns where every session lives from the first
    /// member. Without an answer within <c>rpcTimeout</c> the context fails with <c>terminateOnStartFailure</c>,
    /// else it goes on and learns placements as sessions are published.
    /// </summary>
    public async ValueTask StartAsync(CancellationToken cancellationToken = default)
    {
        var members = _channel.Members;
        if (members.Count == 0)
            return;
        var reply = await CallAsync(SessionMessageKind.MapState, null, members[0], Options.RpcTimeout, cancellationToken).ConfigureAwait(false);
        if (reply is null || MapPayload.TryReadState(reply.Payload) is not { } state)
        {
            if (Options.TerminateOnStartFailure)
                throw new InvalidOperationException($"BackupManager [{Name}]: no map state from {members[0]} within rpcTimeout {Options.RpcTimeout.TotalMilliseconds} ms and terminateOnStartFailure=\"true\"");
            return;
        }

        List<(string Id, UniqueId Primary)> resync = [];
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (id, placement, version) in state)
            {
                if (_entries.ContainsKey(id) || IsTombstoned(id, version))
                    continue;
                var entry = new BackupEntry(id, placement.Primary) { Backup = placement.Backup, Version = version, Touched = now };
                if (IsLocal(placement.Primary))
                {
                    // This node restarted and lost the data; the backup still has it.
                    entry.Primary = placement.Backup ?? UniqueId.Zero;
                    entry.Backup = null;
                }
                else if (placement.Backup is { } b && IsLocal(b))
                {
                    resync.Add((id, placement.Primary));
                }

                _entries[id] = entry;
            }
        }

        foreach (var (id, primary) in resync)
            await RequestResyncAsync(id, primary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes this node the primary of a session it holds as backup; the version moves on so the new placement wins everywhere.</summary>
    private void TakeOver(BackupEntry entry)
    {
        var session = entry.Session!;
        lock (session.Gate)
        {
            session.IsPrimary = true;
            session.Version = Math.Max(session.Version, entry.Version) + 1;
            entry.Version = session.Version;
        }

        entry.Primary = _channel.LocalMember.Id;
        entry.Backup = null;
    }

    /// <summary>
    /// Sends the full session to a backup chosen round robin (MSG_BACKUP) and the placement to every other
    /// member (MSG_PROXY). A backup that cannot be reached is passed over for the next one.
    /// </summary>
    private async Task PublishAsync(BackupEntry entry, UniqueId? avoid, CancellationToken cancellationToken)
    {
        HashSet<UniqueId> tried = avoid is { } a ? [a] : [];
        while (true)
        {
            SessionMessage backupMessage, proxyMessage;
            Member? backup;
            List<Member> others;
            lock (_gate)
            {
                if (entry.Session is not { } session || !IsLocal(entry.Primary) || _entries.GetValueOrDefault(entry.Id) != entry)
                    return;
                var members = _channel.Members;
                backup = ChooseBackup(members, tried);
                entry.Backup = backup?.Id;
                SessionSnapshot snapshot;
                lock (session.Gate)
                {
                    snapshot = session.Snapshot();
                    session.LastReplicated = _time.GetUtcNow();
                }

                var placement = new BackupPlacement(entry.Primary, entry.Backup);
                backupMessage = Message(SessionMessageKind.MapBackup, entry.Id, snapshot.Version, MapPayload.Backup(placement, snapshot));
                proxyMessage = Message(SessionMessageKind.MapProxy, entry.Id, snapshot.Version, MapPayload.Placement(placement));
                others = [.. members.Where(m => m.Id != backup?.Id)];
            }

            if (backup is not null && !await TrySendAsync(backupMessage, backup, Options.MapSendOptions, cancellationToken).ConfigureAwait(false))
            {
                tried.Add(backup.Id);
                continue;
            }

            await Task.WhenAll(others.Select(m => TrySendAsync(proxyMessage, m, Options.MapSendOptions, cancellationToken).AsTask())).ConfigureAwait(false);
            return;
        }
    }

    private Member? ChooseBackup(IReadOnlyList<Member> members, HashSet<UniqueId> avoid)
    {
        var candidates = members.Where(m => !avoid.Contains(m.Id) && !IsLocal(m.Id)).ToArray();
        if (candidates.Length == 0)
            return null;
        var next = (uint)Interlocked.Increment(ref _nextBackup) - 1;
        return candidates[next % (uint)candidates.Length];
    }

    private async Task RepublishAsync(List<BackupEntry> entries)
    {
        foreach (var entry in entries)
            await PublishAsync(entry, null, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Fetches a copy for a proxy entry (MSG_RETRIEVE_BACKUP): from the backup, else the primary; one fetch per id at a time.</summary>
    private async ValueTask<DeltaSession?> RetrieveAsync(string id, CancellationToken cancellationToken)
    {
        var task = _retrievals.GetOrAdd(id, key => RetrieveOnceAsync(key, cancellationToken));
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            _retrievals.TryRemove(new KeyValuePair<string, Task<DeltaSession?>>(id, task));
        }
    }

    private async Task<DeltaSession?> RetrieveOnceAsync(string id, CancellationToken cancellationToken)
    {
        List<Member> candidates;
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry))
                return null;
            if (entry.Session is not null && IsLocal(entry.Primary))
                return entry.Session;
            var members = _channel.Members;
            candidates = [.. new[] { entry.Backup, entry.Primary }.OfType<UniqueId>().Distinct()
                .Select(c => members.FirstOrDefault(m => m.Id == c)).OfType<Member>()];
        }

        var deadline = _time.GetUtcNow() + Options.RpcTimeout;
        foreach (var member in candidates)
        {
            var left = deadline - _time.GetUtcNow();
            if (left <= TimeSpan.Zero)
                break;
            var reply = await CallAsync(SessionMessageKind.MapRetrieve, id, member, left < Options.AccessTimeout ? left : Options.AccessTimeout, cancellationToken).ConfigureAwait(false);
            if (reply is not null && MapPayload.TryReadBackup(reply.Payload, out _, out var snapshot) && Install(id, snapshot!) is { } installed)
            {
                await PublishAsync(installed, null, cancellationToken).ConfigureAwait(false);
                return installed.Session;
            }
        }

        return null;
    }

    /// <summary>A fetched copy becomes the primary session here (its version moves on, as in <see cref="TakeOver"/>).</summary>
    private BackupEntry? Install(string id, SessionSnapshot snapshot)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry) || IsTombstoned(id, snapshot.Version))
                return null;
            if (entry.Session is not null && IsLocal(entry.Primary))
                return entry;
            entry.Session ??= FromSnapshot(snapshot);
            entry.Version = Math.Max(entry.Version, snapshot.Version);
            TakeOver(entry);
            entry.Touched = _time.GetUtcNow();
            return entry;
        }
    }

    private DeltaSession FromSnapshot(SessionSnapshot snapshot)
    {
        var session = NewSession(snapshot.Id, Time(snapshot.CreationTime), snapshot.MaxInactiveInterval);
        lock (session.Gate)
        {
            session.ReplaceAttributes(snapshot.Attributes);
            session.LastAccessedTime = Time(snapshot.LastAccessedTime);
            session.Version = snapshot.Version;
            session.IsNew = snapshot.IsNew;
            session.IsPrimary = false;
        }

        return session;
    }

    private static DateTimeOffset Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(unixMs, 0, 253402300799999));

    private void Track(Task task)
    {
        lock (_background)
        {
            _background.RemoveAll(t => t.IsCompleted);
            _background.Add(task);
        }
    }
}
