namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// Workers of one scope looked up as httpd shares them (httpd-proxy.md §2.5.1): the existing worker
/// whose name is the longest prefix of the new URL, with scheme://host[:port] matching exactly.
/// Bucketed by authority so a 2,000-member balancer stays linear.
/// </summary>
internal sealed class WorkerRegistry
{
    private readonly Dictionary<string, List<WorkerSettings>> _byAuthority = new(StringComparer.Ordinal);

    public List<WorkerSettings> All { get; } = [];

    public WorkerSettings? FindShared(WorkerUrl url)
    {
        if (!_byAuthority.TryGetValue(url.Authority, out var bucket))
        {
            return null;
        }

        var name = url.Name;
        WorkerSettings? best = null;
        foreach (var w in bucket)
        {
            var candidate = w.Url.Name;
            if (name.StartsWith(candidate, StringComparison.Ordinal) && (best is null || candidate.Length > best.Url.Name.Length))
            {
                best = w;
            }
        }

        return best;
    }

    public void Add(WorkerSettings worker)
    {
        if (!_byAuthority.TryGetValue(worker.Url.Authority, out var bucket))
        {
            bucket = [];
            _byAuthority.Add(worker.Url.Authority, bucket);
        }

        bucket.Add(worker);
        All.Add(worker);
    }
}
