using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using TomcatCompat.Node.Contexts;

namespace TomcatCompat.Node.AccessLog;

/// <summary>
/// Runs around the node's request pipeline when AccessLogValves are configured: measures the request
/// (%D from the first byte handled to the last byte written) and hands one record to each valve of the
/// Engine and of the request's Host.
/// </summary>
internal sealed class AccessLogMiddleware(IReadOnlyList<AccessLogValve> valves, ContextRegistry contexts, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var start = time.GetLocalNow();
        var started = Stopwatch.GetTimestamp();
        var body = new CountingStream(http.Response.Body);
        http.Response.Body = body;
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            http.Response.Body = body.Inner;
            Log(http, start, Stopwatch.GetElapsedTime(started), body.Count);
        }
    }

    private void Log(HttpContext http, DateTimeOffset start, TimeSpan elapsed, long bytes)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var host = contexts.ResolveHost(request.Host.Host);
        var cookieName = contexts.Match(request.Host.Host, path)?.App.CookieName ?? "JSESSIONID";
        var connection = http.Features.Get<IHttpConnectionFeature>();
        var record = new AccessLogRecord
        {
            Start = start,
            RemoteAddress = connection?.RemoteIpAddress?.ToString() ?? "-",
            LocalAddress = connection?.LocalIpAddress?.ToString() ?? "-",
            LocalPort = connection?.LocalPort ?? 0,
            Method = request.Method,
            Path = path,
            Query = request.QueryString.Value ?? "",
            Protocol = request.Protocol,
            ServerName = request.Host.Host,
            Status = http.Response.StatusCode,
            BytesSent = bytes,
            ElapsedMicroseconds = (long)elapsed.TotalMicroseconds,
            SessionId = SessionId(http, cookieName),
            RequestHeader = name => request.Headers.TryGetValue(name, out var v) ? v.ToString() : null,
            ResponseHeader = name => http.Response.Headers.TryGetValue(name, out var v) ? v.ToString() : null,
            Cookie = name => request.Cookies.TryGetValue(name, out var v) ? v : null,
        };
        foreach (var valve in valves)
        {
            if (valve.Host is null || string.Equals(valve.Host, host, StringComparison.OrdinalIgnoreCase))
                valve.Log(record);
        }
    }

    /// <summary>%S: the id of the session the request used: a new or renamed one from Set-Cookie, else the one it asked for.</summary>
    private static string? SessionId(HttpContext http, string cookieName)
    {
        foreach (var header in http.Response.Headers.SetCookie)
        {
            if (header is not null && SetCookieHeaderValue.TryParse(header, out var cookie) && cookie.Name.Equals(cookieName, StringComparison.Ordinal))
                return cookie.Value.ToString();
        }

        return http.Request.Cookies.TryGetValue(cookieName, out var requested) ? requested : null;
    }
}
