namespace TomcatCompat.SessionStores.Tests.Redis;

/// <summary>One redis-server for the tests of a class (port 23101), killed by PID at the end.</summary>
public sealed class RedisFixture : IDisposable
{
    private readonly Lazy<StoreServer> _server = new(() => StoreServer.Redis(23101));

    /// <summary>Starts on first use, so a missing redis-server skips the test instead of failing the class.</summary>
    public StoreServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
            _server.Value.Dispose();
    }
}
