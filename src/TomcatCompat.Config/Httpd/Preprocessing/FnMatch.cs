namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// apr_fnmatch as httpd's Include uses it (APR_FNM_PERIOD): *, ?, [set] with ranges and ! or ^
/// negation, backslash escapes; case-sensitive; a leading '.' is matched only by a literal '.'.
/// Matches one path component, so '/' never appears in the name.
/// </summary>
internal static class FnMatch
{
    public static bool HasWildcard(string component) => component.AsSpan().IndexOfAny("*?[") >= 0;

    public static bool IsMatch(string pattern, string name)
    {
        if (name.Length > 0 && name[0] == '.' && (pattern.Length == 0 || pattern[0] != '.'))
            return false;
        return Match(pattern, 0, name, 0);
    }

    // Iterative with one backtrack point for the last '*': linear in practice, no recursion depth.
    private static bool Match(string p, int pi, string s, int si)
    {
        int starP = -1, starS = -1;
        while (si < s.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                starP = ++pi;
                starS = si;
                continue;
            }

            if (pi < p.Length && MatchOne(p, ref pi, s[si]))
            {
                si++;
                continue;
            }

            if (starP < 0)
                return false;
            pi = starP;
            si = ++starS;
        }

        while (pi < p.Length && p[pi] == '*')
            pi++;
        return pi == p.Length;
    }

    // Matches one pattern element at pi against c; on success advances pi past the element.
    private static bool MatchOne(string p, ref int pi, char c)
    {
        switch (p[pi])
        {
            case '?':
                pi++;
                return true;
            case '[':
                var end = pi + 1;
                if (end < p.Length && p[end] is '!' or '^')
                    end++;
                if (end < p.Length && p[end] == ']')
                    end++;
                end = p.IndexOf(']', end);
                if (end < 0)
                    goto default; // no closing ']': a literal '['
                var matched = InSet(p.AsSpan(pi + 1, end - pi - 1), c);
                if (matched)
                    pi = end + 1;
                return matched;
            case '\\' when pi + 1 < p.Length:
                if (p[pi + 1] != c)
                    return false;
                pi += 2;
                return true;
            default:
                if (p[pi] != c)
                    return false;
                pi++;
                return true;
        }
    }

    private static bool InSet(ReadOnlySpan<char> set, char c)
    {
        var negate = set.Length > 0 && set[0] is '!' or '^';
        if (negate)
            set = set[1..];
        var found = false;
        for (var i = 0; i < set.Length; i++)
        {
            if (i + 2 < set.Length && set[i + 1] == '-')
            {
                found |= c >= set[i] && c <= set[i + 2];
                i += 2;
            }
            else
            {
                found |= set[i] == c;
            }
        }

        return found != negate;
    }
}
