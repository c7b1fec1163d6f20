using System.Collections.Concurrent;
using System.Net.Sockets;
using TomcatCompat.Cluster.Tribes.Transport.Frames;

namespace TomcatCompat.Cluster.Tribes.Transport;

/// <summary>
/// Sends one frame to many members in parallel over pooled keep-alive connections (Tomcat:
/// PooledParallelSender). An I/O error is retried up to <c>maxRetryAttempts</c> times on a fresh
/// connection; a timeout is not retried. Failures are collected into one <see cref="ChannelException"/>.
/// </summary>
internal sealed class PooledParallelSender : IDisposable
{
    private readonly SenderOptions _options;
    private readonly ConcurrentDictionary<(string Host, int Port), MemberPool> _pools = new();

    public PooledParallelSender(SenderOptions options) => _options = options;

    public async Task SendAsync(IReadOnlyList<Member> destination, TribesFrame frame, CancellationToken cancellationToken)
    {
        var bytes = FrameCodec.Encode(frame);
        var waitAck = (frame.Options & SendOptions.UseAck) != 0;
        var tasks = new Task<FaultyMember?>[destination.Count];
        for (var i = 0; i < destination.Count; i++)
            tasks[i] = SendOneAsync(destination[i], bytes, frame.MessageId, waitAck, cancellationToken);
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        var faulty = results.OfType<FaultyMember>().ToArray();
        if (faulty.Length > 0)
            throw new ChannelException($"send failed for {faulty.Length} of {destination.Count} members: {faulty[0].Reason}", faulty);
    }

    /// <summary>Sends to one member; null on success, otherwise what went wrong.</summary>
    public async Task<FaultyMember?> SendOneAsync(Member member, byte[] frame, long messageId, bool waitAck, CancellationToken cancellationToken)
    {
        var pool = _pools.GetOrAdd((member.Host, member.Port), _ => new MemberPool(Math.Max(1, _options.PoolSize)));
        if (!await pool.Slots.WaitAsync(_options.MaxWait, cancellationToken).ConfigureAwait(false))
            return new FaultyMember(member, "no free connection within maxWait", true);
        try
        {
            var reason = "not sent";
            for (var attempt = 0; attempt <= Math.Max(0, _options.MaxRetryAttempts); attempt++)
            {
                var reused = pool.Idle.TryTake(out var connection);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    connection ??= await SenderConnection.ConnectAsync(member, _options.TcpNoDelay, timeout.Token).ConfigureAwait(false);
                    await connection.WriteAsync(frame, timeout.Token).ConfigureAwait(false);
                    var acked = !waitAck || await connection.ReadAckAsync(messageId, _options.MaxAckBodySize, _options.Timeout, timeout.Token).ConfigureAwait(false);
                    pool.Return(connection);
                    return acked || !_options.ThrowOnFailedAck ? null : new FaultyMember(member, "negative acknowledgement", false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    connection?.Dispose();
                    reason = $"no answer within {_options.Timeout.TotalMilliseconds} ms";

                    // A pooled connection whose peer restarted can swallow the write silently: that is
                    // what the retry on a fresh connection is for. A fresh connection that times out is final.
                    if (!reused || attempt == Math.Max(0, _options.MaxRetryAttempts))
                        return new FaultyMember(member, reason, true);
                }
                catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
                {
                    connection?.Dispose();
                    reason = e.Message;
                }
            }

            return new FaultyMember(member, reason, false);
        }
        finally
        {
            pool.Slots.Release();
        }
    }

    /// <summary>Closes the pooled connections to a member that left, so a restarted one gets fresh sockets.</summary>
    public void Disconnect(Member member)
    {
        if (_pools.TryRemove((member.Host, member.Port), out var pool))
            pool.Dispose();
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values)
            pool.Dispose();
        _pools.Clear();
    }

    private sealed class MemberPool(int size) : IDisposable
    {
        public SemaphoreSlim Slots { get; } = new(size, size);

        private volatile bool _disposed;

        public ConcurrentBag<SenderConnection> Idle { get; } = [];

        /// <summary>Keeps a healthy connection for reuse, unless the member left meanwhile.</summary>
        public void Return(SenderConnection connection)
        {
            Idle.Add(connection);
            if (_disposed)
                Dispose();
        }

        public void Dispose()
        {
            _disposed = true;
            while (Idle.TryTake(out var c))
                c.Dispose();
        }
    }
}
