using System.Text;
using StackExchange.Redis;
using TomcatCompat.SessionStores.Redis;
using TomcatCompat.SessionStores.Stores;
using TomcatCompat.SessionStores.Tests.Stores;

namespace TomcatCompat.SessionStores.Tests.Redis;

/// <summary>
/// Redisson's RedissonSessionManager semantics against a real redis-server: one hash per session
/// (<c>redisson:tomcat_session:&lt;id&gt;</c>), only changed attributes written at request end, the TTL is
/// the session timeout (web.xml session-timeout), and a write based on an older read never replaces
/// a newer value.
/// </summary>
public sealed class RedisSessionStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Prefix = "redisson:tomcat_session:";

    private RedisStoreSettings Settings => new() { Endpoints = [redis.Server.Endpoint], KeyPrefix = Prefix, TimeoutMs = 2000, ConnectTimeoutMs = 2000 };

    private Task<TestNode> NodeAsync(string route, StoreReadPolicy policy = StoreReadPolicy.EveryRequest, int maxInactive = 1800) =>
        TestNode.StartAsync(new StoreManagerOptions { Name = "localhost#/test", MaxInactiveInterval = maxInactive, ReadPolicy = policy }, new RedisSessionStore(Settings), route);

    [SkippableFact]
    public async Task RedissonSessionManager_attributes_written_on_one_node_are_read_on_another()
    {
        await using var a = await NodeAsync("tomcat1");
        await using var b = await NodeAsync("tomcat2");
        var id = await a.RequestAsync(null, ("counter", "1"), ("createdOn", "tomcat1"));

        Assert.EndsWith(".tomcat1", id, StringComparison.Ordinal);
        Assert.Equal("1", await b.ReadAsync(id, "counter"));
        Assert.Equal("tomcat1", await b.ReadAsync(id, "createdOn"));
    }

    [SkippableFact]
    public async Task RedissonSessionManager_request_end_writes_only_the_changed_attribute()
    {
        await using var a = await NodeAsync("tomcat1");
        var id = await a.RequestAsync(null, ("counter", "1"), ("createdOn", "tomcat1"));
        await a.RequestAsync(id, ("counter", "2"));

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Endpoint);
        var hash = (await connection.GetDatabase().HashGetAllAsync(Prefix + id)).ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
        Assert.Equal("2", hash["attr:counter"]);
        Assert.Equal("2", hash["ver:counter"]);
        Assert.Equal("1", hash["ver:createdOn"]);
        Assert.Equal("2", hash["session:version"]);
    }

    [SkippableFact]
    public async Task Stale_write_based_on_an_older_read_never_overwrites_the_newer_value()
    {
        await using var a = await NodeAsync("tomcat1", StoreReadPolicy.LocalSticky);
        await using var b = await NodeAsync("tomcat2");
        var id = await a.RequestAsync(null, ("counter", "1"), ("note", "x"));
        var stale = await a.Manager.FindSessionAsync(id);

        await b.RequestAsync(id, ("counter", "2"));
        stale!.SetAttribute("counter", Encoding.UTF8.GetBytes("1-late"));
        stale.SetAttribute("note", Encoding.UTF8.GetBytes("y"));
        await a.Manager.RequestCompletedAsync(stale);

        await using var reader = await NodeAsync("tomcat3");
        Assert.Equal("2", await reader.ReadAsync(id, "counter"));
        Assert.Equal("y", await reader.ReadAsync(id, "note"));
        Assert.Equal(1, a.Manager.Health.StaleWrites);
    }

    [SkippableFact]
    public async Task Session_timeout_is_the_store_TTL_of_the_session_key()
    {
        await using var a = await NodeAsync("tomcat1", maxInactive: 120);
        var id = await a.RequestAsync(null, ("counter", "1"));

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Endpoint);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(Prefix + id);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value.TotalSeconds, 1, 120);
    }

    [SkippableFact]
    public async Task Invalidate_removes_the_session_for_every_node()
    {
        await using var a = await NodeAsync("tomcat1");
        await using var b = await NodeAsync("tomcat2", StoreReadPolicy.LocalValidated);
        var id = await a.RequestAsync(null, ("counter", "1"));
        Assert.NotNull(await b.Manager.FindSessionAsync(id));

        await a.Manager.InvalidateAsync((await a.Manager.FindSessionAsync(id))!);

        Assert.Null(await b.Manager.FindSessionAsync(id));
    }

    [SkippableFact]
    public async Task JvmRouteBinderValve_rename_moves_the_session_to_the_new_id_in_the_store()
    {
        await using var a = await NodeAsync("tomcat1");
        await using var b = await NodeAsync("tomcat2");
        var id = await a.RequestAsync(null, ("counter", "1"));
        var newId = id.Replace(".tomcat1", ".tomcat2", StringComparison.Ordinal);

        Assert.NotNull(await b.Manager.ChangeSessionIdAsync(id, newId));

        Assert.Null(await a.Manager.FindSessionAsync(id));
        Assert.Equal("1", await a.ReadAsync(newId, "counter"));
    }
}
