namespace TomcatCompat.Config.ModJk;

/// <summary>
/// The merged workers.properties map (files plus JkWorkerProperty lines), in first-set order,
/// each key with the span of its line. Keys are case-sensitive, as in mod_jk.
/// </summary>
internal sealed class WorkersProperties
{
    private readonly Dictionary<string, PropertyEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Count => _entries.Count;

    /// <summary>Keys in the order they were first set.</summary>
    public IReadOnlyList<string> Keys => _order;

    public PropertyEntry? Get(string key) => _entries.GetValueOrDefault(key);

    public bool Contains(string key) => _entries.ContainsKey(key);

    public void Set(PropertyEntry entry)
    {
        if (!_entries.ContainsKey(entry.Key))
            _order.Add(entry.Key);
        _entries[entry.Key] = entry;
    }
}
