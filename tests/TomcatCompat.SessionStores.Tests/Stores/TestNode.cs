using System.Text;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Tests.Stores;

/// <summary>One "node" of a test: a store manager plus the request steps the node pipeline runs.</summary>
internal sealed class TestNode(StoreSessionManager manager) : IAsyncDisposable
{
    public StoreSessionManager Manager { get; } = manager;

    public List<string> Log { get; } = [];

    public static async Task<TestNode> StartAsync(StoreManagerOptions options, ISessionStore store, string jvmRoute)
    {
        TestNode? node = null;
        var manager = new StoreSessionManager(options with { SweepInterval = TimeSpan.FromHours(1) }, store, new SessionIdGenerator(16, jvmRoute), line => node!.Log.Add(line));
        node = new TestNode(manager);
        await manager.StartAsync();
        return node;
    }

    /// <summary>A request that sets attributes (creating the session when <paramref name="id"/> is null); returns the session id.</summary>
    public async Task<string> RequestAsync(string? id, params (string Name, string? Value)[] changes)
    {
        var session = id is null ? await Manager.CreateSessionAsync() : await Manager.FindSessionAsync(id);
        Assert.NotNull(session);
        Manager.Access(session);
        foreach (var (name, value) in changes)
        {
            if (value is null)
                session.RemoveAttribute(name);
            else
                session.SetAttribute(name, Encoding.UTF8.GetBytes(value));
        }

        await Manager.RequestCompletedAsync(session);
        return session.Id;
    }

    public async Task<string?> ReadAsync(string id, string name) =>
        await Manager.FindSessionAsync(id) is { } s && s.GetAttribute(name) is { } v ? Encoding.UTF8.GetString(v) : null;

    public ValueTask DisposeAsync() => Manager.DisposeAsync();
}
