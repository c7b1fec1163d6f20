using System.Net;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding;

/// <summary>How a member URL (scheme, host, port) lines up with a Tomcat &lt;Connector&gt;.</summary>
internal static class ConnectorMatch
{
    /// <summary>The Connector scheme a member scheme needs: "http" (HTTP/1.1) or "ajp" (AJP/1.3); null for fcgi, scgi, … (not Tomcat).</summary>
    public static string? ConnectorScheme(string memberScheme) => memberScheme.ToLowerInvariant() switch
    {
        "http" or "https" or "ws" or "wss" or "h2" or "h2c" => "http",
        "ajp" => "ajp",
        _ => null,
    };

    public static string Protocol(string connectorScheme) => connectorScheme == "ajp" ? "AJP/1.3" : "HTTP/1.1";

    /// <summary>Default port of a member scheme (httpd-proxy.md §2.9); -1 when unknown.</summary>
    public static int DefaultPort(string scheme) => scheme.ToLowerInvariant() switch
    {
        "http" or "ws" or "h2c" => 80,
        "https" or "wss" or "h2" => 443,
        "ajp" => 8009,
        _ => -1,
    };

    /// <summary>
    /// True when a Connector with <paramref name="address"/> can be reached as <paramref name="host"/>.
    /// An unset or wildcard address listens everywhere; loopback spellings are one address.
    /// </summary>
    public static bool AddressMatches(string? address, string host)
    {
        if (IsWildcard(address))
            return true;
        var a = Unbracket(address!);
        var h = Unbracket(host);
        return string.Equals(a, h, StringComparison.OrdinalIgnoreCase) || (IsLoopback(a) && IsLoopback(h));
    }

    /// <summary>True when both sides are literal addresses (or loopback names), so a mismatch is certain rather than a DNS question.</summary>
    public static bool CertainlyDifferent(string? address, string host)
    {
        if (AddressMatches(address, host))
            return false;
        var a = Unbracket(address!);
        var h = Unbracket(host);
        return (IPAddress.TryParse(a, out _) || IsLoopback(a)) && (IPAddress.TryParse(h, out _) || IsLoopback(h));
    }

    private static bool IsWildcard(string? address) =>
        string.IsNullOrWhiteSpace(address) || address is "0.0.0.0" or "::" or "[::]" or "*" or "0:0:0:0:0:0:0:0";

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    private static string Unbracket(string host) =>
        host.Length > 1 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
}
