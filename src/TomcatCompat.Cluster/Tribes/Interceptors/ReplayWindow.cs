namespace TomcatCompat.Cluster.Tribes.Interceptors;

/// <summary>The last N nonces seen (Tomcat: <c>EncryptInterceptor@replayWindowMessageCount</c>, default 8192).</summary>
internal sealed class ReplayWindow(int capacity)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>False when the nonce was already seen within the window.</summary>
    public bool TryRecord(ReadOnlySpan<byte> nonce)
    {
        var key = Convert.ToBase64String(nonce);
        lock (_gate)
        {
            if (!_seen.Add(key))
                return false;
            _order.Enqueue(key);
            if (_order.Count > capacity)
                _seen.Remove(_order.Dequeue());
            return true;
        }
    }
}
