using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// mod_jk's URI patterns (httpd-proxy.md §7.4): the whole path must match, case-sensitively, <c>*</c>
/// any run of characters, <c>?</c> one character. The URI goes to the worker unchanged — mod_jk strips
/// no prefix, unlike ProxyPass.
/// </summary>
internal static class JkPattern
{
    public static bool IsJk(Mount mount) => mount.Kind is MountKind.JkMount or MountKind.JkUnMount or MountKind.UriWorkerMap;

    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path)
    {
        // Iterative wildcard match with one backtrack point for the last '*': linear for these patterns.
        int p = 0, s = 0, star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == path[s]))
            {
                p++;
                s++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
