using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// <c>worker.X.reference=worker.Y</c> (httpd-proxy.md §7.1): after all properties are read, every
/// <c>worker.Y.*</c> key not already set on X is copied to X. Y's own reference is resolved first,
/// up to <see cref="MaxDepth"/> levels; loops and unknown prefixes are reported.
/// </summary>
internal static class WorkerReferenceResolver
{
    public const int MaxDepth = 20;
    private const string Suffix = ".reference";

    public static void Resolve(WorkersProperties properties, DiagnosticBag diagnostics)
    {
        // Keys grouped by their "worker.NAME." prefix so each copy is linear in the template's size.
        var byPrefix = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var referencing = new List<string>();
        foreach (var key in properties.Keys)
        {
            var dot = key.LastIndexOf('.');
            if (dot <= 0)
                continue;
            var prefix = key[..(dot + 1)];
            if (!byPrefix.TryGetValue(prefix, out var keys))
                byPrefix[prefix] = keys = [];
            keys.Add(key);
            if (key.StartsWith("worker.", StringComparison.Ordinal) && key.EndsWith(Suffix, StringComparison.Ordinal))
                referencing.Add(prefix);
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = in progress, true = done
        foreach (var prefix in referencing)
            ResolveOne(prefix, 0, properties, byPrefix, state, diagnostics);
    }

    private static void ResolveOne(
        string prefix,
        int depth,
        WorkersProperties properties,
        Dictionary<string, List<string>> byPrefix,
        Dictionary<string, bool> state,
        DiagnosticBag diagnostics)
    {
        var reference = properties.Get(prefix + "reference");
        if (reference is null || (state.TryGetValue(prefix, out var done) && done))
            return;

        var owner = prefix[..^1];
        if (state.ContainsKey(prefix) || depth > MaxDepth)
        {
            diagnostics.Add(ConfigDiagnostics.JkReferenceCycle, reference.Span, owner, MaxDepth, reference.Value);
            state[prefix] = true;
            return;
        }

        state[prefix] = false;
        var target = reference.Value.TrimEnd('.') + ".";
        ResolveOne(target, depth + 1, properties, byPrefix, state, diagnostics);
        if (!byPrefix.TryGetValue(target, out var templateKeys) || templateKeys.Count == 0)
        {
            diagnostics.Add(ConfigDiagnostics.JkReferenceNotFound, reference.Span, owner, reference.Value.TrimEnd('.'));
        }
        else
        {
            var ownKeys = byPrefix.TryGetValue(prefix, out var k) ? k : byPrefix[prefix] = [];
            foreach (var templateKey in templateKeys.ToArray())
            {
                var name = prefix + templateKey[target.Length..];
                if (properties.Contains(name))
                    continue;
                properties.Set(properties.Get(templateKey)! with { Key = name });
                ownKeys.Add(name);
            }
        }

        state[prefix] = true;
    }
}
