namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// httpd mod_proxy's <c>alias_match</c> (§2.3 step 5): case-sensitive prefix match where a run of
/// '/' in the rule matches a run of one or more '/' in the URI, and a rule not ending in '/' must be
/// followed by the end of the URI or a '/'.
/// </summary>
internal static class AliasMatcher
{
    /// <summary>Returns how many characters of <paramref name="uri"/> the rule consumed, or -1.</summary>
    public static int Match(string uri, string alias)
    {
        int i = 0, j = 0;
        while (j < alias.Length)
        {
            if (alias[j] == '/')
            {
                if (i >= uri.Length || uri[i] != '/')
                {
                    return -1;
                }

                while (j < alias.Length && alias[j] == '/')
                {
                    j++;
                }

                while (i < uri.Length && uri[i] == '/')
                {
                    i++;
                }
            }
            else
            {
                if (i >= uri.Length || uri[i] != alias[j])
                {
                    return -1;
                }

                i++;
                j++;
            }
        }

        if (alias.Length > 0 && alias[^1] != '/' && i < uri.Length && uri[i] != '/')
        {
            return -1;
        }

        return i;
    }
}
