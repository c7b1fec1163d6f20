using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Node.Sessions;

namespace TomcatCompat.Node.SessionTestApp;

/// <summary>
/// The seed article's session test page, as a real clustered session user: <c>index.jsp</c> (and the
/// context root, and any other JSP path) creates the session if needed, increments the
/// <c>counter</c> attribute and records <c>createdOn</c> once; <c>read.jsp</c> only reads, as in the
/// anchor's webapp. HTML by default, <c>?format=json</c> or <c>?format=text</c> (the anchor's lines).
/// </summary>
internal static class SessionTestPage
{
    public const string CounterAttribute = "counter";

    public const string CreatedOnAttribute = "createdOn";

    /// <summary>True for the paths the page answers: the context root and every <c>*.jsp</c>.</summary>
    public static bool Answers(string relative) =>
        relative == "/" || relative.EndsWith(".jsp", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http, RequestSession scope, CancellationToken cancellationToken)
    {
        var readOnly = http.Request.Path.Value?.EndsWith("/read.jsp", StringComparison.OrdinalIgnoreCase) == true;
        var session = readOnly ? scope.Session : await scope.GetOrCreateAsync(cancellationToken).ConfigureAwait(false);
        if (session is null && !readOnly)
        {
            // Tomcat: maxActiveSessions reached → IllegalStateException → 500.
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsync("session limit (maxActiveSessions) reached\n", cancellationToken).ConfigureAwait(false);
            return;
        }

        var isNew = session?.IsNew ?? false;
        var counter = ReadCounter(session);
        var createdOn = session?.GetAttribute(CreatedOnAttribute) is { } c ? Encoding.UTF8.GetString(c) : null;
        if (!readOnly && session is not null)
        {
            counter++;
            session.SetAttribute(CounterAttribute, Encoding.UTF8.GetBytes(counter.ToString(CultureInfo.InvariantCulture)));
            if (createdOn is null)
            {
                createdOn = scope.Context.NodeName;
                session.SetAttribute(CreatedOnAttribute, Encoding.UTF8.GetBytes(createdOn));
            }
        }

        var view = new SessionTestView(
            scope.Context.NodeName, session is not null, session?.Id, scope.RequestedSessionId, counter, createdOn, isNew,
            session?.CreationTime.ToUnixTimeMilliseconds() ?? 0, session?.LastAccessedTime.ToUnixTimeMilliseconds() ?? 0);
        var format = http.Request.Query["format"].ToString();
        http.Response.Headers.CacheControl = "no-store";
        switch (format)
        {
            case "json":
                http.Response.ContentType = "application/json;charset=UTF-8";
                await http.Response.WriteAsync(JsonSerializer.Serialize(view, SessionTestJsonContext.Default.SessionTestView), cancellationToken).ConfigureAwait(false);
                break;
            case "text":
                http.Response.ContentType = "text/plain;charset=UTF-8";
                await http.Response.WriteAsync(Text(view), cancellationToken).ConfigureAwait(false);
                break;
            default:
                http.Response.ContentType = "text/html;charset=UTF-8";
                await http.Response.WriteAsync(Html(view), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static int ReadCounter(DeltaSession? session) =>
        session?.GetAttribute(CounterAttribute) is { } bytes &&
        int.TryParse(Encoding.UTF8.GetString(bytes), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string Text(SessionTestView v) => string.Create(CultureInfo.InvariantCulture,
        $"node={v.Node}\nsessionFound={Bool(v.SessionFound)}\nsessionId={v.SessionId}\nrequestedSessionId={v.RequestedSessionId}\ncounter={v.Counter}\ncreatedOn={v.CreatedOn}\nisNew={Bool(v.IsNew)}\ncreationTime={v.CreationTime}\nlastAccessedTime={v.LastAccessedTime}\n");

    private static string Html(SessionTestView v)
    {
        var html = new StringBuilder(1024);
        html.Append("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>").Append(E(v.Node)).Append("</title></head>\n<body>\n<h1>")
            .Append(E(v.Node)).Append("</h1>\n<table border=\"1\">\n");
        Row(html, "Node (jvmRoute)", v.Node);
        Row(html, "Session ID", v.SessionId);
        Row(html, "Requested session ID", v.RequestedSessionId);
        Row(html, "Counter", v.Counter.ToString(CultureInfo.InvariantCulture));
        Row(html, "Created on", v.CreatedOn);
        Row(html, "New session", Bool(v.IsNew));
        Row(html, "Creation time", v.CreationTime.ToString(CultureInfo.InvariantCulture));
        Row(html, "Last accessed time", v.LastAccessedTime.ToString(CultureInfo.InvariantCulture));
        return html.Append("</table>\n<p>Reload to count; <a href=\"?format=json\">JSON</a></p>\n</body></html>\n").ToString();
    }

    private static void Row(StringBuilder html, string name, string? value) =>
        html.Append("<tr><td>").Append(name).Append("</td><td>").Append(E(value)).Append("</td></tr>\n");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Bool(bool value) => value ? "true" : "false";
}
