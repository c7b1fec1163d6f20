using System.Collections.Immutable;

namespace TomcatCompat.Balancer.Headers;

/// <summary>
/// httpd's <c>ap_proxy_location_reverse_map</c> and <c>ap_proxy_cookie_reverse_map</c> (§2.11): rewrites
/// Location/Content-Location/URI/Destination values and the path=/domain= attributes of Set-Cookie.
/// Rules are tried in order (outer server first) and the first match wins.
/// </summary>
internal sealed class ReverseMap(
    ImmutableArray<ReverseMapEntry> locations,
    ImmutableArray<(string Public, string Internal)> cookiePaths,
    ImmutableArray<(string Public, string Internal)> cookieDomains)
{
    public static ReverseMap Empty { get; } = new([], [], []);

    public bool IsEmpty => locations.IsEmpty && cookiePaths.IsEmpty && cookieDomains.IsEmpty;

    public bool HasLocationRules => !locations.IsEmpty;

    public bool HasCookieRules => !cookiePaths.IsEmpty || !cookieDomains.IsEmpty;

    /// <summary>
    /// The rewritten header value, or null when no rule matches. <paramref name="serverUrl"/> is
    /// <c>http://host[:port]</c> of this server as httpd's <c>ap_construct_url</c> builds it.
    /// </summary>
    public string? MapLocation(string url, string serverUrl)
    {
        foreach (var entry in locations)
        {
            if (!entry.Members.IsDefaultOrEmpty)
            {
                foreach (var member in entry.Members)
                {
                    var l2 = member.Length;
                    if (url.Length >= l2 + entry.Internal.Length
                        && url.AsSpan(0, l2).Equals(member, StringComparison.OrdinalIgnoreCase)
                        && url.AsSpan(l2, entry.Internal.Length).SequenceEqual(entry.Internal))
                    {
                        return Finish(entry.Public, url[(l2 + entry.Internal.Length)..], serverUrl);
                    }
                }

                continue;
            }

            var real = entry.Internal;
            var part = url;
            if (real.Length > 0 && real[0] == '/')
            {
                // A path rule is compared with the path part of an absolute URL.
                var scheme = url.IndexOf("://", StringComparison.Ordinal);
                var slash = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
                part = slash < 0 ? url : url[slash..];
            }

            if (real.Length > 0 && part.Length >= real.Length && part.StartsWith(real, StringComparison.OrdinalIgnoreCase))
            {
                return Finish(entry.Public, part[real.Length..], serverUrl);
            }
        }

        return null;
    }

    /// <summary>Rewrites path= and domain= of one Set-Cookie value; returns it unchanged when no rule applies.</summary>
    public string MapCookie(string cookie)
    {
        if (!HasCookieRules)
        {
            return cookie;
        }

        var start = 0;
        while (start <= cookie.Length)
        {
            var end = cookie.IndexOf(';', start);
            if (end < 0)
            {
                end = cookie.Length;
            }

            var token = start;
            while (token < end && cookie[token] is ' ' or '\t')
            {
                token++;
            }

            string? replacement = null;
            var valueStart = -1;
            if (Attribute(cookie, token, end, "path="))
            {
                valueStart = token + 5;
                replacement = FirstMatch(cookiePaths, cookie.AsSpan(valueStart, end - valueStart), StringComparison.Ordinal);
            }
            else if (Attribute(cookie, token, end, "domain="))
            {
                valueStart = token + 7;
                replacement = FirstMatch(cookieDomains, cookie.AsSpan(valueStart, end - valueStart), StringComparison.OrdinalIgnoreCase);
            }

            if (replacement is not null)
            {
                cookie = string.Concat(cookie.AsSpan(0, valueStart), replacement, cookie.AsSpan(end));
                end = valueStart + replacement.Length;
            }

            start = end + 1;
        }

        return cookie;
    }

    private static bool Attribute(string cookie, int token, int end, string name) =>
        end - token >= name.Length && cookie.AsSpan(token, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string? FirstMatch(ImmutableArray<(string Public, string Internal)> rules, ReadOnlySpan<char> value, StringComparison comparison)
    {
        foreach (var (pub, internalValue) in rules)
        {
            if (value.StartsWith(internalValue, comparison))
            {
                return pub;
            }
        }

        return null;
    }

    /// <summary>
    /// httpd glues the public path and the rest; "/" + "/x" keeps a single slash. A result that is not
    /// already a URL is made absolute with this server's scheme, name and port.
    /// </summary>
    private static string Finish(string pub, string rest, string serverUrl)
    {
        var u = pub == "/" && rest.StartsWith('/') ? rest : pub + rest;
        return IsUrl(u) ? u : serverUrl + u;
    }

    /// <summary>httpd <c>ap_is_url</c>: a scheme of letters, digits, '+', '-', '.' followed by ':'.</summary>
    internal static bool IsUrl(string u)
    {
        for (var i = 0; i < u.Length; i++)
        {
            var c = u[i];
            if (c == ':')
            {
                return i > 0;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return false;
    }
}
