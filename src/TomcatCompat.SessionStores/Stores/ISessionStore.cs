namespace TomcatCompat.SessionStores.Stores;

/// <summary>
/// One external session store (Redis, memcached) as <see cref="StoreSessionManager"/> sees it. Every
/// method may throw <see cref="SessionStoreException"/> when the store cannot be reached; the manager
/// turns that into its outage handling, so a store never throws anything else for IO problems.
/// </summary>
internal interface ISessionStore : IAsyncDisposable
{
    /// <summary>Where the sessions live, for log lines: <c>redis 127.0.0.1:6379 db 0</c>.</summary>
    string Description { get; }

    /// <summary>Opens connections; a store that is down at start is not an error (requests run on local copies).</summary>
    ValueTask ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>The whole stored session, or null when the store has none (expired, invalidated, never written).</summary>
    ValueTask<StoredSession?> LoadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The stored version only (one small round trip), or null when the session is not stored.</summary>
    ValueTask<long?> VersionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes what one request changed; never lets a write based on an older version replace a newer value.</summary>
    ValueTask<StoreWriteResult> WriteAsync(SessionWrite write, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default);
}
