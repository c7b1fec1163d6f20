using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net.Sockets;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Memcached;

/// <summary>
/// Pooled connections to a list of memcached nodes, one operation timeout for each call (MSM
/// <c>operationTimeout</c>, default 1000 ms), and a short memory of nodes that just failed so an
/// outage costs one failed attempt per <see cref="RetryAfter"/>, not one per request.
/// </summary>
internal sealed class MemcachedClient(ImmutableArray<MemcachedNode> nodes, TimeSpan operationTimeout, TimeProvider time) : IAsyncDisposable
{
    private const int PoolSize = 16;

    private readonly ConcurrentDictionary<MemcachedNode, ConcurrentBag<MemcachedConnection>> _pools = new();
    private readonly ConcurrentDictionary<MemcachedNode, DateTimeOffset> _downUntil = new();

    public ImmutableArray<MemcachedNode> Nodes => nodes;

    /// <summary>How long a failed node is skipped before it is tried again.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(2);

    public bool IsAvailable(MemcachedNode node) => !_downUntil.TryGetValue(node, out var until) || time.GetUtcNow() >= until;

    public async ValueTask<T> RunAsync<T>(MemcachedNode node, Func<MemcachedConnection, CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        if (!IsAvailable(node))
            throw new SessionStoreException($"memcached node {node} is marked down after a recent failure");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(operationTimeout);
        var pool = _pools.GetOrAdd(node, _ => []);
        MemcachedConnection? connection = null;
        try
        {
            if (!pool.TryTake(out connection))
                connection = await MemcachedConnection.OpenAsync(node, timeout.Token).ConfigureAwait(false);
            var result = await operation(connection, timeout.Token).ConfigureAwait(false);
            if (pool.Count < PoolSize)
                pool.Add(connection);
            else
                await connection.DisposeAsync().ConfigureAwait(false);
            _downUntil.TryRemove(node, out _);
            return result;
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (connection is not null)
                await connection.DisposeAsync().ConfigureAwait(false);
            _downUntil[node] = time.GetUtcNow() + RetryAfter;
            var reason = e is OperationCanceledException
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no answer within operationTimeout {operationTimeout.TotalMilliseconds:0} ms")
                : e.Message;
            throw new SessionStoreException($"memcached node {node}: {reason}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            while (pool.TryTake(out var connection))
                await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
