using System.Collections.Frozen;
using System.Globalization;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// A worker URL normalised as httpd names workers (httpd-proxy.md §2.4, §2.9): scheme and host
/// lowercased, the scheme's default port dropped, the path kept as written.
/// </summary>
internal sealed record WorkerUrl(string Scheme, string Host, int Port, bool ExplicitPort, string Path, string? UnixSocket)
{
    /// <summary>Default ports per scheme (§2.9).</summary>
    public static readonly FrozenDictionary<string, int> DefaultPorts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["http"] = 80, ["https"] = 443, ["ajp"] = 8009, ["fcgi"] = 8000, ["scgi"] = 4000, ["uwsgi"] = 3031,
        ["ws"] = 80, ["wss"] = 443, ["h2"] = 443, ["h2c"] = 80, ["ftp"] = 21,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Built once: worker sharing compares these for every member of every scope. They derive from the
    // positional values, so a WorkerUrl must not be copied with `with` (the copy would keep stale names).

    /// <summary>scheme://host[:port], the part worker sharing must match exactly.</summary>
    public string Authority { get; } = AuthorityOf(Scheme, Host, Port, ExplicitPort);

    /// <summary>The worker name httpd uses (BALANCER_WORKER_NAME).</summary>
    public string Name { get; } = AuthorityOf(Scheme, Host, Port, ExplicitPort) + Path;

    /// <summary>Parses <c>scheme://host[:port][/path]</c> or <c>unix:/sock|scheme://host/path</c>; null when it is not a URL.</summary>
    public static WorkerUrl? TryParse(string text)
    {
        string? unix = null;
        if (text.StartsWith("unix:", StringComparison.OrdinalIgnoreCase))
        {
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                return null;
            }

            unix = text[5..bar];
            text = text[(bar + 1)..];
        }

        var sep = text.IndexOf("://", StringComparison.Ordinal);
        if (sep <= 0 || !IsScheme(text.AsSpan(0, sep)))
        {
            return null;
        }

        var scheme = text[..sep].ToLowerInvariant();
        var rest = text[(sep + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "" : rest[slash..];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        string host;
        string? portText = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            host = authority[1..close];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return null;
                }

                portText = after[1..];
            }
        }
        else
        {
            var colon = authority.IndexOf(':', StringComparison.Ordinal);
            host = colon < 0 ? authority : authority[..colon];
            portText = colon < 0 ? null : authority[(colon + 1)..];
        }

        if (host.Length == 0 && unix is null)
        {
            return null;
        }

        DefaultPorts.TryGetValue(scheme, out var port);
        var explicitPort = false;
        if (!string.IsNullOrEmpty(portText))
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                return null;
            }

            explicitPort = true;
        }

        return new WorkerUrl(scheme, host.ToLowerInvariant(), port, explicitPort, path, unix);
    }

    private static bool IsScheme(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return char.IsAsciiLetter(s[0]);
    }

    private static string AuthorityOf(string scheme, string host, int port, bool explicitPort) =>
        scheme + "://" + (host.Contains(':', StringComparison.Ordinal) ? "[" + host + "]" : host)
        + (explicitPort && (!DefaultPorts.TryGetValue(scheme, out var d) || d != port) ? ":" + port.ToString(CultureInfo.InvariantCulture) : "");
}
