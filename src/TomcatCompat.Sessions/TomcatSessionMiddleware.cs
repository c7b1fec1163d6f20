using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Session;

namespace TomcatCompat.Sessions;

/// <summary>
/// The session pipeline in Tomcat's order: read the session cookie, JvmRouteBinderValve (rename to this
/// node's jvmRoute and set the new cookie), find the session (a BackupManager may fetch it), run the
/// application with <c>HttpContext.Session</c>, then ReplicationValve: replicate what the request changed
/// unless the valve's <c>filter</c> matches the path. With sync-ack send options the request ends only
/// after the other nodes acknowledged.
/// </summary>
internal sealed class TomcatSessionMiddleware(RequestDelegate next, TomcatCluster cluster, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task InvokeAsync(HttpContext http)
    {
        var manager = cluster.Manager;
        var session = new TomcatSession(manager);
        var app = cluster.App;
        if (app.Cookies && http.Request.Cookies.TryGetValue(app.CookieName, out var requested) && requested.Length > 0)
        {
            var binding = await cluster.Binder.BindAsync(requested, http.RequestAborted).ConfigureAwait(false);
            if (binding.SetCookie)
                SetCookie(http, binding.SessionId);
            if (await manager.FindSessionAsync(binding.SessionId, http.RequestAborted).ConfigureAwait(false) is { } found &&
                found.IsValid && !found.IsExpired(_time.GetUtcNow()))
            {
                manager.Access(found);
                session.Session = found;
            }
        }

        http.Features.Set<ISessionFeature>(new SessionFeature { Session = session });
        http.Response.OnStarting(async () =>
        {
            if (await session.CreateIfWrittenAsync(CancellationToken.None).ConfigureAwait(false))
                SetCookie(http, session.Id);
        });
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            if (!http.Response.HasStarted && await session.CreateIfWrittenAsync(CancellationToken.None).ConfigureAwait(false))
                SetCookie(http, session.Id);
            if (session.Session is { } s && !cluster.Runtime.ReplicationFilter.IsFiltered(http.Request.PathBase + http.Request.Path))
                await manager.RequestCompletedAsync(s, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Tomcat's session cookie: web.xml cookie-config, path = context path ("/" for ROOT), HttpOnly unless turned off.</summary>
    private void SetCookie(HttpContext http, string id)
    {
        var app = cluster.App;
        http.Response.Cookies.Append(app.CookieName, id, new CookieOptions
        {
            Path = !string.IsNullOrEmpty(app.CookiePath) ? app.CookiePath : app.ContextPath.Length == 0 ? "/" : app.ContextPath,
            Domain = string.IsNullOrEmpty(app.CookieDomain) ? null : app.CookieDomain,
            HttpOnly = app.CookieHttpOnly ?? true,
            Secure = app.CookieSecure ?? false,
            MaxAge = app.CookieMaxAge is >= 0 and var age ? TimeSpan.FromSeconds(age) : null,
        });
    }
}
