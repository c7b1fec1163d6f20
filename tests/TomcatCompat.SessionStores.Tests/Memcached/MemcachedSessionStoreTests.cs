using System.Collections.Immutable;
using TomcatCompat.SessionStores.Configuration;
using TomcatCompat.SessionStores.Memcached;
using TomcatCompat.SessionStores.Stores;
using TomcatCompat.SessionStores.Tests.Stores;

namespace TomcatCompat.SessionStores.Tests.Memcached;

/// <summary>
/// memcached-session-manager semantics against two real memcached processes: session ids carry the
/// memcached node (<c>&lt;hex&gt;-n1.tomcat1</c>), <c>failoverNodes</c> take sessions only when the regular
/// node is down (MSM wiki, sticky sessions), and gets/cas keeps a stale write from replacing a newer one.
/// </summary>
public sealed class MemcachedSessionStoreTests
{
    private static async Task<TestNode> NodeAsync(ImmutableArray<MemcachedNode> nodes, string route, StoreReadPolicy policy)
    {
        var client = new MemcachedClient(nodes, TimeSpan.FromSeconds(1), TimeProvider.System) { RetryAfter = TimeSpan.FromMilliseconds(200) };
        var options = new StoreManagerOptions { Name = "localhost#/test", ReadPolicy = policy, IdSuffix = () => MemcachedNodeIds.SuffixFor(client) };
        return await TestNode.StartAsync(options, new MemcachedSessionStore(client), route);
    }

    [SkippableFact]
    public async Task MSM_sticky_new_session_id_names_the_regular_node_not_the_failoverNodes_one()
    {
        using var n1 = StoreServer.Memcached(23201);
        using var n2 = StoreServer.Memcached(23202);
        var nodes = StoreManagerFactory.ParseNodes("n1:127.0.0.1:23201,n2:127.0.0.1:23202", ["n2"]);
        await using var tomcat1 = await NodeAsync(nodes, "tomcat1", StoreReadPolicy.LocalSticky);

        var id = await tomcat1.RequestAsync(null, ("counter", "1"));

        Assert.Matches("^[0-9A-F]{32}-n1\\.tomcat1$", id);
        Assert.Equal("n1", MemcachedNodeIds.NodeIdOf(id));
    }

    [SkippableFact]
    public async Task MSM_failoverNodes_take_the_session_when_the_regular_node_is_down_and_another_tomcat_reads_it()
    {
        using var n1 = StoreServer.Memcached(23203);
        using var n2 = StoreServer.Memcached(23204);
        var nodes = StoreManagerFactory.ParseNodes("n1:127.0.0.1:23203,n2:127.0.0.1:23204", ["n2"]);
        await using var tomcat1 = await NodeAsync(nodes, "tomcat1", StoreReadPolicy.LocalSticky);
        var id = await tomcat1.RequestAsync(null, ("counter", "1"));

        n1.Kill();
        await tomcat1.RequestAsync(id, ("counter", "2"));

        await using var tomcat2 = await NodeAsync(nodes, "tomcat2", StoreReadPolicy.LocalSticky);
        Assert.Equal("2", await tomcat2.ReadAsync(id, "counter"));
        Assert.Empty(tomcat1.Log);
        Assert.Equal(0, tomcat1.Manager.UnsyncedSessions);
    }

    [SkippableFact]
    public async Task MSM_session_moved_during_a_node_outage_is_read_at_its_newest_copy_after_the_node_returns()
    {
        using var n1 = StoreServer.Memcached(23205);
        using var n2 = StoreServer.Memcached(23206);
        var nodes = StoreManagerFactory.ParseNodes("n1:127.0.0.1:23205,n2:127.0.0.1:23206", []);
        await using var tomcat1 = await NodeAsync(nodes, "tomcat1", StoreReadPolicy.LocalSticky);
        var id = await tomcat1.RequestAsync(null, ("counter", "1"));
        var home = MemcachedNodeIds.NodeIdOf(id) == "n1" ? n1 : n2;

        home.Kill();
        await Task.Delay(300);
        await tomcat1.RequestAsync(id, ("counter", "2"));
        home.Restart();
        await Task.Delay(300);
        await tomcat1.RequestAsync(id, ("counter", "3"));

        await using var tomcat2 = await NodeAsync(nodes, "tomcat2", StoreReadPolicy.EveryRequest);
        Assert.Equal("3", await tomcat2.ReadAsync(id, "counter"));
    }

    [SkippableFact]
    public async Task MSM_non_sticky_stale_write_is_dropped_by_gets_and_cas()
    {
        using var n1 = StoreServer.Memcached(23207);
        var nodes = StoreManagerFactory.ParseNodes("127.0.0.1:23207", []);
        await using var a = await NodeAsync(nodes, "tomcat1", StoreReadPolicy.LocalSticky);
        await using var b = await NodeAsync(nodes, "tomcat2", StoreReadPolicy.EveryRequest);
        var id = await a.RequestAsync(null, ("counter", "1"));
        var stale = await a.Manager.FindSessionAsync(id);

        await b.RequestAsync(id, ("counter", "2"));
        stale!.SetAttribute("counter", "late"u8.ToArray());
        await a.Manager.RequestCompletedAsync(stale);

        Assert.Equal("2", await b.ReadAsync(id, "counter"));
        Assert.Equal(1, a.Manager.Health.StaleWrites);
    }
}
