using System.Text;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// Lookups the single-file httpd rules share: module names and httpd's ProxyPass path matching (httpd-proxy.md §2.3 rule 5). All linear in the input.
/// </summary>
internal static class HttpdFacts
{
    public const string ProxyBalancerOrigin = "mod_proxy_balancer";

    public static bool IsHttpd(BalancerSpec balancer) =>
        string.Equals(balancer.Origin, ProxyBalancerOrigin, StringComparison.Ordinal);

    /// <summary>"proxy_balancer_module", "mod_proxy_balancer.c" and "mod_proxy_balancer" → "proxy_balancer".</summary>
    public static string Canonical(string module)
    {
        var m = module.Trim().ToLowerInvariant();
        if (m.EndsWith(".c", StringComparison.Ordinal) || m.EndsWith(".so", StringComparison.Ordinal))
            m = m[..m.LastIndexOf('.')];
        if (m.StartsWith("mod_", StringComparison.Ordinal))
            m = m[4..];
        if (m.EndsWith("_module", StringComparison.Ordinal))
            m = m[..^"_module".Length];
        return m;
    }

    /// <summary>Runs of '/' count as one when httpd compares a ProxyPass path with the URI.</summary>
    public static string CollapseSlashes(string path)
    {
        if (!path.Contains("//", StringComparison.Ordinal))
            return path;
        var sb = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c != '/' || sb.Length == 0 || sb[^1] != '/')
                sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The earlier path (a key of <paramref name="earlier"/>) that httpd's prefix match would try
    /// on <paramref name="path"/> itself: <c>/app</c> matches <c>/app</c>, <c>/app/x</c>, not
    /// <c>/apple</c>; <c>/app/</c> does not match <c>/app</c>. Every URI the later rule matches is
    /// then matched by the earlier one, so the later rule never applies.
    /// </summary>
    public static T? FirstCovering<T>(string path, IReadOnlyDictionary<string, T>? earlier, IReadOnlyDictionary<string, T>? more = null)
        where T : class
    {
        if (Lookup(path, earlier, more) is { } exact)
            return exact;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] != '/')
                continue;
            if (i > 0 && Lookup(path[..i], earlier, more) is { } bare)
                return bare;
            if (i + 1 < path.Length && Lookup(path[..(i + 1)], earlier, more) is { } slashed)
                return slashed;
        }

        return null;
    }

    private static T? Lookup<T>(string key, IReadOnlyDictionary<string, T>? a, IReadOnlyDictionary<string, T>? b)
        where T : class =>
        a is not null && a.TryGetValue(key, out var x) ? x : b is not null && b.TryGetValue(key, out var y) ? y : null;

    /// <summary>Server-level, non-regex ProxyPass rules (Location rules are tried first and match differently).</summary>
    public static bool IsPrefixProxyPass(Mount m) => m.Kind == MountKind.ProxyPass && !m.IsRegex && !m.InLocation && m.Path.StartsWith('/');
}
