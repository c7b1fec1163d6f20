using System.Globalization;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Health;

/// <summary>
/// The exact request mod_proxy_hcheck sends (httpd-proxy.md §5): <c>OPTIONS * HTTP/1.x</c> or
/// <c>METHOD target HTTP/1.x</c>, <c>Host: host:port</c>, blank line, on a fresh connection. The target is
/// the member URL's path, a '/' when that path is non-empty and hcuri is set, then hcuri, unnormalised
/// (so <c>http://h/app</c> + <c>/st</c> gives <c>/app//st</c>, and no path and no hcuri gives an empty target).
/// </summary>
internal static class HealthCheckRequest
{
    /// <summary>Methods run by the emulator; CPING (AJP) is not.</summary>
    public static bool IsSupported(string method) =>
        method.ToUpperInvariant() is "TCP" or "OPTIONS" or "HEAD" or "GET" or "OPTIONS11" or "HEAD11" or "GET11";

    public static bool IsTcp(string method) => method.Equals("TCP", StringComparison.OrdinalIgnoreCase);

    public static string Target(BalancerMember member, HealthCheckSpec hc)
    {
        var path = member.Path;
        return path.Length > 0 && hc.Uri.Length > 0 ? path + "/" + hc.Uri : path + hc.Uri;
    }

    /// <summary>The request bytes as text (ASCII), or null for TCP checks.</summary>
    public static string? Build(BalancerMember member, HealthCheckSpec hc)
    {
        var method = hc.Method.ToUpperInvariant();
        if (method == "TCP")
        {
            return null;
        }

        var version = method.EndsWith("11", StringComparison.Ordinal) ? "HTTP/1.1" : "HTTP/1.0";
        var verb = method.EndsWith("11", StringComparison.Ordinal) ? method[..^2] : method;
        var target = verb == "OPTIONS" ? "*" : Target(member, hc);
        var host = member.Host.Contains(':') && !member.Host.StartsWith('[') ? "[" + member.Host + "]" : member.Host;
        return string.Create(CultureInfo.InvariantCulture, $"{verb} {target} {version}\r\nHost: {host}:{member.Port}\r\n\r\n");
    }

    /// <summary>Parses <c>HTTP/1.x NNN ...</c>; 0 when the status line is malformed.</summary>
    public static int ParseStatus(ReadOnlySpan<char> statusLine)
    {
        if (!statusLine.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return 0;
        }

        var space = statusLine.IndexOf(' ');
        if (space < 0 || statusLine.Length < space + 4)
        {
            return 0;
        }

        var code = statusLine.Slice(space + 1, 3);
        return int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 100 ? status : 0;
    }
}
