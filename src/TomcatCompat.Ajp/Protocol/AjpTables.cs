namespace TomcatCompat.Ajp.Protocol;

/// <summary>The coded tables of AJP/1.3 (Tomcat "AJPv13" protocol reference, "Request Packet Structure" and "Response Packet Structure").</summary>
public static class AjpTables
{
    /// <summary>Method byte → name; method names compare case-sensitively as in HTTP.</summary>
    public static AjpCodeTable Methods { get; } = new(
    [
        "OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK",
        "ACL", "REPORT", "VERSION-CONTROL", "CHECKIN", "CHECKOUT", "UNCHECKOUT", "SEARCH", "MKWORKSPACE", "UPDATE", "LABEL", "MERGE",
        "BASELINE-CONTROL", "MKACTIVITY",
    ], StringComparer.Ordinal);

    /// <summary>Request header 0xA0nn → name (lower case, as Tomcat reports them).</summary>
    public static AjpCodeTable RequestHeaders { get; } = new(
    [
        "accept", "accept-charset", "accept-encoding", "accept-language", "authorization", "connection", "content-type",
        "content-length", "cookie", "cookie2", "host", "pragma", "referer", "user-agent",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Response header 0xA0nn → name.</summary>
    public static AjpCodeTable ResponseHeaders { get; } = new(
    [
        "Content-Type", "Content-Language", "Content-Length", "Date", "Last-Modified", "Location", "Set-Cookie", "Set-Cookie2",
        "Servlet-Engine", "Status", "WWW-Authenticate",
    ], StringComparer.OrdinalIgnoreCase);
}
