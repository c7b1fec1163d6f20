using System.Collections.Concurrent;

namespace TomcatCompat.Config.Text;

/// <summary>
/// Lowercased directive, section and parameter names, shared: httpd matches them case-insensitively, so
/// binders switch on the lowercased name, and a config repeats the same few hundred names on every line
/// (a fresh lowercase copy per line was a measurable share of a 100k-line import, docs/performance.md).
/// </summary>
public static class LowerCaseNames
{
    // Names come from config files: past this many distinct ones (a hostile or generated file) stop caching.
    private const int MaxCached = 4096;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><paramref name="name"/> in invariant lower case, as <see cref="string.ToLowerInvariant"/>.</summary>
    public static string Of(string name)
    {
        if (Cache.TryGetValue(name, out var lower))
            return lower;
        lower = name.ToLowerInvariant();
        if (Cache.Count < MaxCached)
            Cache.TryAdd(lower, lower);
        return lower;
    }

    /// <summary>The lowercased name of <paramref name="name"/>'s characters (no copy when it is cached).</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        var lookup = Cache.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(name, out var lower) ? lower : Of(name.ToString());
    }
}
