using System.Globalization;
using System.Text;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Node.Sessions;

/// <summary>
/// Tomcat's session tracking on the wire: the session cookie (<c>JSESSIONID=&lt;id&gt;; Path=/ctx; HttpOnly</c>,
/// as Tomcat 10.1 writes it) and the <c>;jsessionid=</c> path parameter (URL rewriting).
/// </summary>
internal static class SessionCookie
{
    /// <summary>Tomcat (SessionConfig): a cookie-config name is also the path parameter name, else <c>jsessionid</c>.</summary>
    public static string PathParameterName(WebApp app) =>
        string.Equals(app.CookieName, "JSESSIONID", StringComparison.Ordinal) ? "jsessionid" : app.CookieName;

    /// <summary>The <c>Set-Cookie</c> value for <paramref name="sessionId"/>, with the attributes web.xml's cookie-config gives.</summary>
    public static string Format(WebApp app, string sessionId)
    {
        var text = new StringBuilder(96);
        text.Append(app.CookieName).Append('=').Append(sessionId);
        if (app.CookieMaxAge is { } maxAge && maxAge >= 0)
            text.Append("; Max-Age=").Append(maxAge.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(app.CookieDomain))
            text.Append("; Domain=").Append(app.CookieDomain);
        text.Append("; Path=").Append(CookiePath(app));
        if (app.CookieSecure == true)
            text.Append("; Secure");
        // Tomcat: Context@useHttpOnly defaults to true.
        if (app.CookieHttpOnly ?? true)
            text.Append("; HttpOnly");
        return text.ToString();
    }

    /// <summary>cookie-config/path, else the context path ("/" for ROOT), as Tomcat's SessionConfig does.</summary>
    public static string CookiePath(WebApp app) =>
        !string.IsNullOrEmpty(app.CookiePath) ? app.CookiePath : app.ContextPath.Length == 0 ? "/" : app.ContextPath;

    /// <summary>
    /// The <c>;jsessionid=</c> value of a raw request path, else null. Tomcat reads it from the last path
    /// segment's parameters and stops at the next ';', '?' or '/'.
    /// </summary>
    public static string? FromPathParameter(string rawPath, string parameterName)
    {
        if (string.IsNullOrEmpty(rawPath))
            return null;
        var marker = ";" + parameterName + "=";
        var start = rawPath.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return null;
        start += marker.Length;
        var end = rawPath.AsSpan(start).IndexOfAny(";?/");
        var value = end < 0 ? rawPath[start..] : rawPath.Substring(start, end);
        return value.Length == 0 ? null : value;
    }

    /// <summary>The path with every <c>;param</c> segment parameter removed (what Tomcat maps the request with).</summary>
    public static string StripPathParameters(string rawPath)
    {
        if (rawPath.IndexOf(';') < 0)
            return rawPath;
        var text = new StringBuilder(rawPath.Length);
        var skipping = false;
        foreach (var c in rawPath)
        {
            if (c == ';')
                skipping = true;
            else if (c == '/')
                skipping = false;
            if (!skipping)
                text.Append(c);
        }

        return text.ToString();
    }
}
