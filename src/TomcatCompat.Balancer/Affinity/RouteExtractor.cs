using System.Collections.Immutable;

namespace TomcatCompat.Balancer.Affinity;

/// <summary>
/// httpd mod_proxy_balancer's sticky-route extraction (httpd-proxy.md §3.2): the URL (path with
/// <c>;params</c> plus query) first, then the <c>Cookie</c> header; the route is what follows the first
/// <c>stickysessionsep</c>. <c>stickysession=CNAME|UNAME</c> names the cookie and the URL parameter.
/// </summary>
internal static class RouteExtractor
{
    /// <summary>
    /// Returns the route, or null when there is none (no value, or a value without separator).
    /// </summary>
    /// <param name="stickySession">httpd <c>stickysession</c>: [name] or [cookie name, URL name].</param>
    /// <param name="separator">httpd <c>stickysessionsep</c>, default '.'; null = Off (whole value).</param>
    /// <param name="scolonPathDelim">httpd <c>scolonpathdelim</c>, default Off.</param>
    public static StickyRoute? Extract(
        string url, string? cookieHeader, ImmutableArray<string> stickySession, char? separator, bool scolonPathDelim)
    {
        if (stickySession.IsDefaultOrEmpty || stickySession[0].Length == 0)
        {
            return null;
        }

        var cookieName = stickySession[0];
        var urlName = stickySession.Length > 1 && stickySession[1].Length > 0 ? stickySession[1] : cookieName;
        string? value;
        string sticky;
        var fromUrl = PathParameter(url, urlName, scolonPathDelim);
        if (fromUrl is not null)
        {
            value = fromUrl;
            sticky = urlName;
        }
        else
        {
            value = cookieHeader is null ? null : CookieValue(cookieHeader, cookieName);
            sticky = cookieName;
        }

        if (value is null)
        {
            return null;
        }

        if (separator is char sep)
        {
            var at = value.IndexOf(sep);
            if (at < 0)
            {
                // No separator means no route at all: httpd treats it as if no session were sent.
                return null;
            }

            value = value[(at + 1)..];
        }

        return new StickyRoute(value, sticky);
    }

    /// <summary>
    /// httpd get_path_param: the first occurrence of NAME (plain substring) followed by '=' and a
    /// non-empty rest; the value is the first token of the rest split at '?' and '&amp;' (and ';').
    /// </summary>
    internal static string? PathParameter(string url, string name, bool scolonPathDelim)
    {
        var from = 0;
        while (from < url.Length)
        {
            var at = url.IndexOf(name, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var p = at + name.Length;
            if (p < url.Length && url[p] == '=' && p + 1 < url.Length)
            {
                // apr_strtok skips leading delimiters, then stops at the next one.
                var start = p + 1;
                while (start < url.Length && IsPathDelimiter(url[start], scolonPathDelim))
                {
                    start++;
                }

                if (start == url.Length)
                {
                    return null;
                }

                var end = start;
                while (end < url.Length && !IsPathDelimiter(url[end], scolonPathDelim))
                {
                    end++;
                }

                return url[start..end];
            }

            from = at + 1;
        }

        return null;
    }

    /// <summary>
    /// httpd get_cookie_param: NAME at the start or after ';', ',' or whitespace, optional spaces,
    /// '=', optional spaces, then a non-empty value up to ';' or ','. Quotes are kept.
    /// </summary>
    internal static string? CookieValue(string header, string name)
    {
        var from = 0;
        while (from < header.Length)
        {
            var at = header.IndexOf(name, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            from = at + 1;
            if (at > 0 && header[at - 1] is not (';' or ',') && !char.IsWhiteSpace(header[at - 1]))
            {
                continue;
            }

            var p = at + name.Length;
            while (p < header.Length && header[p] == ' ')
            {
                p++;
            }

            if (p >= header.Length || header[p] != '=')
            {
                continue;
            }

            p++;
            while (p < header.Length && header[p] == ' ')
            {
                p++;
            }

            var end = p;
            while (end < header.Length && header[end] is not (';' or ','))
            {
                end++;
            }

            if (end > p)
            {
                return header[p..end];
            }
        }

        return null;
    }

    private static bool IsPathDelimiter(char c, bool scolonPathDelim) =>
        c == '?' || c == '&' || (scolonPathDelim && c == ';');
}
