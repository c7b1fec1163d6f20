using System.Collections.Immutable;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Memcached;

/// <summary>
/// memcached-session-manager's store: each session is one item keyed by its id, on the node the id
/// names (<c>&lt;hex&gt;-n1.&lt;jvmRoute&gt;</c>); when that node is down the next regular node takes it, and
/// <c>failoverNodes</c> only when no regular node answers (MSM sticky mode). Writes are gets + cas,
/// merged per attribute (<see cref="SessionBlob.Apply"/>), so a stale write never replaces newer data.
/// Reads ask every reachable node in that order and keep the newest copy, so a session that moved
/// during an outage is found where it was written last.
/// </summary>
internal sealed class MemcachedSessionStore(MemcachedClient client) : ISessionStore
{
    /// <summary>memcached reads an exptime above 30 days as a Unix time (protocol.txt).</summary>
    private const int MaxRelativeExptime = 60 * 60 * 24 * 30;

    private const int CasAttempts = 5;

    public string Description => "memcached " + string.Join(",", client.Nodes);

    public MemcachedClient Client => client;

    public ValueTask ConnectAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <summary>The id's node, then the other regular nodes from there, then failover nodes.</summary>
    public IEnumerable<MemcachedNode> Order(string id)
    {
        var regular = client.Nodes.Where(n => !n.IsFailover).ToList();
        var start = Math.Max(0, regular.FindIndex(n => n.Id == MemcachedNodeIds.NodeIdOf(id)));
        return regular.Skip(start).Concat(regular.Take(start)).Concat(client.Nodes.Where(n => n.IsFailover));
    }

    public async ValueTask<StoredSession?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await NewestAsync(id, cancellationToken).ConfigureAwait(false);
        return found is { } f ? f.Blob.ToStored(id, f.Cas) : null;
    }

    public async ValueTask<long?> VersionAsync(string id, CancellationToken cancellationToken = default) =>
        (await NewestAsync(id, cancellationToken).ConfigureAwait(false))?.Blob.Version;

    public async ValueTask<StoreWriteResult> WriteAsync(SessionWrite write, CancellationToken cancellationToken = default)
    {
        SessionStoreException? last = null;
        foreach (var node in Order(write.Id).Where(client.IsAvailable))
        {
            try
            {
                return await WriteToAsync(node, write, cancellationToken).ConfigureAwait(false);
            }
            catch (SessionStoreException e)
            {
                last = e;
            }
        }

        throw last ?? new SessionStoreException("no memcached node is reachable (" + Description + ")");
    }

    public async ValueTask DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var reached = 0;
        SessionStoreException? last = null;
        foreach (var node in Order(id).Where(client.IsAvailable))
        {
            try
            {
                await client.RunAsync(node, (c, ct) => c.DeleteAsync(id, ct), cancellationToken).ConfigureAwait(false);
                reached++;
            }
            catch (SessionStoreException e)
            {
                last = e;
            }
        }

        if (reached == 0)
            throw last ?? new SessionStoreException("no memcached node is reachable (" + Description + ")");
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();

    private async ValueTask<StoreWriteResult> WriteToAsync(MemcachedNode node, SessionWrite write, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < CasAttempts; attempt++)
        {
            var item = await client.RunAsync(node, (c, ct) => c.GetsAsync(write.Id, ct), cancellationToken).ConfigureAwait(false);
            var current = item is null ? null : SessionBlob.TryDeserialize(item.Data);
            if (current is null && !write.Full)
                current = (await NewestAsync(write.Id, cancellationToken).ConfigureAwait(false))?.Blob;
            // Nowhere to be found: its node may be down (or restarted empty). MSM backs up the node's own
            // copy in that case, so the whole local session is written rather than reported gone.
            var effective = current is null && !write.Full
                ? write with { Full = true, Changes = write.Changes.SetItems(write.Attributes.Select(a => KeyValuePair.Create(a.Key, (byte[]?)a.Value))) }
                : write;
            var (next, stale) = SessionBlob.Apply(current, effective);
            if (next is null)
                return new StoreWriteResult(StoreWriteStatus.Gone, 0, false);
            var data = next.Serialize();
            var exptime = Exptime(write.Ttl);
            var answer = await client.RunAsync(node, (c, ct) => item is null ? c.StoreAsync("add", write.Id, data, exptime, null, ct) : c.StoreAsync("cas", write.Id, data, exptime, item.Cas, ct), cancellationToken).ConfigureAwait(false);
            if (answer == "STORED")
            {
                var others = current is not null && current.Version != write.BaseVersion && !write.Full;
                return new StoreWriteResult(stale > 0 ? StoreWriteStatus.Stale : StoreWriteStatus.Written, next.Version, others);
            }

            if (answer is not ("EXISTS" or "NOT_STORED" or "NOT_FOUND"))
                throw new SessionStoreException($"memcached node {node} answered \"{answer}\" to a store");
        }

        throw new SessionStoreException($"memcached node {node}: session {write.Id} changed under {CasAttempts} consecutive writes");
    }

    private async ValueTask<(SessionBlob Blob, ulong Cas)?> NewestAsync(string id, CancellationToken cancellationToken)
    {
        var nodes = Order(id).Where(client.IsAvailable).ToList();
        var reads = nodes.Select(n => ReadAsync(n, id, cancellationToken)).ToList();
        var results = await Task.WhenAll(reads).ConfigureAwait(false);
        if (nodes.Count == 0 || results.All(r => r.Failed))
            throw new SessionStoreException("no memcached node is reachable (" + Description + ")");
        (SessionBlob Blob, ulong Cas)? newest = null;
        foreach (var r in results)
        {
            if (r.Item is { } item && SessionBlob.TryDeserialize(item.Data) is { } blob && (newest is null || blob.Version > newest.Value.Blob.Version))
                newest = (blob, item.Cas);
        }

        return newest;
    }

    private async Task<(MemcachedValue? Item, bool Failed)> ReadAsync(MemcachedNode node, string id, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.RunAsync(node, (c, ct) => c.GetsAsync(id, ct), cancellationToken).ConfigureAwait(false), false);
        }
        catch (SessionStoreException)
        {
            return (null, true);
        }
    }

    private static int Exptime(int ttl) =>
        ttl <= MaxRelativeExptime ? ttl : (int)Math.Min(int.MaxValue, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ttl);
}
