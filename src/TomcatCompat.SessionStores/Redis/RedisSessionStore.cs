using StackExchange.Redis;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Redis;

/// <summary>
/// Sessions in Redis through StackExchange.Redis, one hash per session (key prefix + id) as Redisson
/// keeps them: metadata fields <c>session:*</c>, each attribute in its own field (<c>attr:name</c>) so a
/// request writes only what it changed, and per-attribute versions (<c>ver:name</c>) that let the
/// write script (<see cref="RedisScripts.Write"/>) drop a change based on an older read. The key's TTL
/// is the session timeout. Works unchanged against a single server, sentinels or a Redis Cluster
/// (one key per operation, so no cross-slot commands).
/// </summary>
internal sealed class RedisSessionStore(RedisStoreSettings settings) : ISessionStore
{
    private ConnectionMultiplexer? _connection;

    public string Description => settings.Describe();

    public RedisStoreSettings Settings => settings;

    public async ValueTask ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_connection is not null)
            return;
        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = false,
            ConnectTimeout = settings.ConnectTimeoutMs,
            SyncTimeout = settings.TimeoutMs,
            AsyncTimeout = settings.TimeoutMs,
            DefaultDatabase = settings.Mode == RedisServerMode.Cluster ? null : settings.Database,
            User = settings.Username,
            Password = settings.Password,
            // An outage must fail fast so requests go on with local copies, not wait out the timeout in a backlog.
            BacklogPolicy = BacklogPolicy.FailFast,
            ClientName = "tomcatcompat",
            // Replies are read on the .NET thread pool, not on the shared SocketManager's dedicated
            // threads: a reply then wakes one thread instead of two (reader thread, then a pool thread
            // for the awaiting request), and a node has ~10 threads fewer. The extra wake-up is a cost of
            // a node idle between replies, so it grew with the number of nodes on one machine. Measured
            // with bench/store-bench.sh, interleaved (docs/performance.md, "Session stores"): N = 8 total
            // CPU per write −14…35 %, writes/s +14…52 %; N = 2 (each node saturated, where the dedicated
            // reader batches replies) writes/s −17…21 %. The dedicated pool guards against pool starvation
            // by sync-over-async callers; the node's request path awaits the store end to end.
            SocketManager = SocketManager.ThreadPool,
        };
        foreach (var endpoint in settings.Endpoints)
            options.EndPoints.Add(endpoint);
        if (settings.Mode == RedisServerMode.Sentinel)
            options.ServiceName = settings.SentinelMaster;
        try
        {
            _connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ArgumentException)
        {
            throw new SessionStoreException(e.Message, e);
        }

        if (!_connection.IsConnected)
            throw new SessionStoreException("no connection to " + string.Join(",", settings.Endpoints));
    }

    public async ValueTask<StoredSession?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        var entries = await Run(db => db.HashGetAllAsync(Key(id))).ConfigureAwait(false);
        return entries.Length == 0 ? null : RedisSessionHash.Parse(id, entries);
    }

    public async ValueTask<long?> VersionAsync(string id, CancellationToken cancellationToken = default)
    {
        var value = await Run(db => db.HashGetAsync(Key(id), RedisSessionHash.Version)).ConfigureAwait(false);
        return value.IsNull ? null : (long)value;
    }

    public async ValueTask<StoreWriteResult> WriteAsync(SessionWrite write, CancellationToken cancellationToken = default)
    {
        var args = new List<RedisValue>(6 + (write.Changes.Count * 3))
        {
            write.BaseVersion, write.Ttl, write.CreationTime, write.LastAccessedTime, write.MaxInactiveInterval, write.Full ? 1 : 0,
        };
        foreach (var (name, value) in write.Changes)
        {
            args.Add(name);
            args.Add(value is null ? "r" : "s");
            args.Add(value ?? []);
        }

        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.Write, [Key(write.Id)], [.. args])).ConfigureAwait(false);
        var r = (RedisResult[])result!;
        var (status, version, stale, before) = ((long)r[0], (long)r[1], (long)r[2], (long)r[3]);
        return status == 0
            ? new StoreWriteResult(StoreWriteStatus.Gone, 0, false)
            : new StoreWriteResult(stale > 0 ? StoreWriteStatus.Stale : StoreWriteStatus.Written, version, before != write.BaseVersion && !write.Full);
    }

    public async ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await Run(db => db.KeyDeleteAsync(Key(id))).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
            await _connection.DisposeAsync().ConfigureAwait(false);
        _connection = null;
    }

    private RedisKey Key(string id) => settings.KeyPrefix + id;

    private async Task<T> Run<T>(Func<IDatabase, Task<T>> operation)
    {
        if (_connection is null)
            await ConnectAsync().ConfigureAwait(false);
        try
        {
            return await operation(_connection!.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new SessionStoreException(e.Message, e);
        }
    }
}
