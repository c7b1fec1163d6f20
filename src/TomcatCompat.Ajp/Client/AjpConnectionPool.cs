using System.Collections.Concurrent;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// httpd's per-worker connection pool for one <c>ajp://host:port</c>: at most <c>max</c> connections
/// (a request waits up to <c>acquire</c> for one, then 503), idle ones reused newest first, closed
/// when stale or idle longer than <c>ttl</c>.
/// </summary>
internal sealed class AjpConnectionPool(string host, int port, AjpClientOptions options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentStack<AjpConnection> _idle = new();
    private readonly SemaphoreSlim? _slots = options.Max is int max and > 0 ? new SemaphoreSlim(max, max) : null;
    private volatile bool _disposed;

    public AjpClientOptions Options { get; } = options;

    public string Endpoint { get; } = host.Contains(':') ? $"[{host}]:{port}" : $"{host}:{port}";

    /// <summary>A connection for one exchange; <paramref name="fresh"/> skips the idle ones (the retry after a failed CPING).</summary>
    public async ValueTask<AjpConnection> RentAsync(bool fresh, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_slots is not null && !await AcquireSlotAsync(_slots, ct).ConfigureAwait(false))
            throw new AjpBackendException(AjpFailure.Unavailable, $"failed to acquire connection for {Endpoint}: all {Options.Max} are busy");
        try
        {
            var now = time.GetTimestamp();
            while (!fresh && _idle.TryPop(out var idle))
            {
                if (!Expired(idle, now) && !idle.IsStale())
                    return idle;
                idle.Dispose();
            }

            return await AjpConnection.ConnectAsync(host, port, Options, now, ct).ConfigureAwait(false);
        }
        catch
        {
            _slots?.Release();
            throw;
        }
    }

    /// <summary>Ends an exchange: back to the pool when both sides allow reuse, else closed.</summary>
    public void Return(AjpConnection connection, bool reuse)
    {
        try
        {
            if (reuse && Options.Reuse && !_disposed)
            {
                connection.LastUsed = time.GetTimestamp();
                _idle.Push(connection);
            }
            else
            {
                connection.Dispose();
            }
        }
        finally
        {
            _slots?.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var idle))
            idle.Dispose();
    }

    private bool Expired(AjpConnection connection, long now) =>
        Options.Ttl is { } ttl && time.GetElapsedTime(connection.LastUsed, now) > ttl;

    private async ValueTask<bool> AcquireSlotAsync(SemaphoreSlim slots, CancellationToken ct) =>
        Options.Acquire is { } acquire
            ? await slots.WaitAsync(acquire, ct).ConfigureAwait(false)
            : await slots.WaitAsync(Timeout.InfiniteTimeSpan, ct).ConfigureAwait(false);
}
