using TomcatCompat.SessionStores.Redis;
using TomcatCompat.SessionStores.Stores;
using TomcatCompat.SessionStores.Tests.Stores;

namespace TomcatCompat.SessionStores.Tests.Redis;

/// <summary>A store outage: requests go on with the local copy, one log line per outage, and the store catches up when it returns.</summary>
public sealed class RedisOutageTests
{
    [SkippableFact]
    public async Task Store_killed_requests_continue_logged_once_and_restart_recovers_the_session()
    {
        using var server = StoreServer.Redis(23102);
        var settings = new RedisStoreSettings { Endpoints = [server.Endpoint], KeyPrefix = "outage:", TimeoutMs = 1000, ConnectTimeoutMs = 1000 };
        await using var node = await TestNode.StartAsync(new StoreManagerOptions { Name = "localhost#/test" }, new RedisSessionStore(settings), "tomcat1");
        var id = await node.RequestAsync(null, ("counter", "1"));

        server.Kill();
        for (var i = 2; i <= 4; i++)
            await node.RequestAsync(id, ("counter", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("4", await node.ReadAsync(id, "counter"));
        Assert.Single(node.Log);
        Assert.StartsWith("session store unreachable: manager [localhost#/test] cannot reach redis single 127.0.0.1:23102", node.Log[0], StringComparison.Ordinal);
        Assert.True(node.Manager.Health.Failures >= 3);
        Assert.Equal(1, node.Manager.UnsyncedSessions);

        server.Restart();
        // The client reconnects on its own schedule: retry the catch-up sweep, bounded.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (node.Manager.UnsyncedSessions > 0 && DateTime.UtcNow < deadline)
        {
            await node.Manager.ProcessExpiresAsync();
            await Task.Delay(200);
        }

        await using var other = await TestNode.StartAsync(new StoreManagerOptions { Name = "localhost#/test" }, new RedisSessionStore(settings), "tomcat2");
        Assert.Equal("4", await other.ReadAsync(id, "counter"));
        Assert.Equal(2, node.Log.Count);
        Assert.StartsWith("session store reachable again: manager [localhost#/test]", node.Log[1], StringComparison.Ordinal);
        Assert.Equal(1, node.Manager.Health.Outages);
    }
}
