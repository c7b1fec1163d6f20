using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// The workers defined by a <see cref="WorkersProperties"/> map: <c>worker.list</c> (default
/// <c>ajp13</c>) and every <c>worker.NAME.ATTR</c> grouped by NAME, in first-mention order.
/// </summary>
internal sealed class JkWorkerSet
{
    public const string DefaultWorker = "ajp13";

    private readonly Dictionary<string, JkWorker> _workers = new(StringComparer.Ordinal);

    private JkWorkerSet(List<string> list, PropertyEntry? listEntry)
    {
        List = list;
        ListEntry = listEntry;
    }

    /// <summary>Names from <c>worker.list</c>, in order, each once.</summary>
    public List<string> List { get; }

    public PropertyEntry? ListEntry { get; }

    public List<JkWorker> Defined { get; } = [];

    public JkWorker? Find(string name) => _workers.GetValueOrDefault(name);

    public static JkWorkerSet From(WorkersProperties properties)
    {
        var listEntry = properties.Get("worker.list");
        var list = listEntry is null ? [DefaultWorker] : JkValues.SplitList(listEntry.Value);
        var set = new JkWorkerSet(list, listEntry);
        foreach (var key in properties.Keys)
        {
            if (!key.StartsWith("worker.", StringComparison.Ordinal))
                continue;
            var dot = key.LastIndexOf('.');
            if (dot <= "worker.".Length)
                continue; // worker.list, worker.maintain
            var name = key["worker.".Length..dot];
            var entry = properties.Get(key)!;
            if (!set._workers.TryGetValue(name, out var worker))
            {
                worker = new JkWorker(name, entry.Span);
                set._workers[name] = worker;
                set.Defined.Add(worker);
            }

            worker.Set(key[(dot + 1)..], entry);
        }

        return set;
    }

    /// <summary>A placeholder for a name that has no properties: mod_jk creates it with every default.</summary>
    public JkWorker Implicit(string name, SourceSpan span)
    {
        if (_workers.TryGetValue(name, out var existing))
            return existing;
        var worker = new JkWorker(name, span);
        _workers[name] = worker;
        return worker;
    }
}
