using Microsoft.AspNetCore.Http;
using TomcatCompat.Node.Contexts;
using TomcatCompat.Node.SessionTestApp;

namespace TomcatCompat.Node.Sessions;

/// <summary>
/// The node's request pipeline (the terminal handler), in Tomcat's order: map the context, read the requested session id
/// (cookie, else <c>;jsessionid=</c>), JvmRouteBinderValve, find the session, run the page, then
/// ReplicationValve (<c>requestCompleted</c>) unless the filter matches.
/// </summary>
internal sealed class NodeRequestHandler(ContextRegistry contexts, TimeProvider time)
{
    public async Task HandleAsync(HttpContext http)
    {
        var rawPath = http.Request.Path.Value ?? "/";
        var path = SessionCookie.StripPathParameters(rawPath);
        var context = contexts.Match(http.Request.Host.Host, path);
        if (context is null)
        {
            await ErrorPage.WriteAsync(http, StatusCodes.Status404NotFound, path).ConfigureAwait(false);
            return;
        }

        var relative = path[context.App.ContextPath.Length..];
        if (relative.Length == 0)
        {
            // Tomcat's Mapper redirects a bare context path to the directory form.
            http.Response.StatusCode = StatusCodes.Status302Found;
            http.Response.Headers.Location = context.App.ContextPath + "/" + http.Request.QueryString.Value;
            // Tomcat 10.1 sends this 302 chunked with an empty body, not Content-Length: 0 (checked against tomcat10).
            await http.Response.StartAsync().ConfigureAwait(false);
            return;
        }

        var scope = new RequestSession(context, http.Response);
        await BindAsync(http, scope, rawPath).ConfigureAwait(false);
        try
        {
            if (context.ServesTestApp && SessionTestPage.Answers(relative))
                await SessionTestPage.WriteAsync(http, scope, http.RequestAborted).ConfigureAwait(false);
            else
                await StaticContent.WriteAsync(http, context, relative, path).ConfigureAwait(false);
        }
        finally
        {
            if (scope.Session is { } session && !context.Filter.IsFiltered(path))
                await context.Manager.RequestCompletedAsync(session, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async ValueTask BindAsync(HttpContext http, RequestSession scope, string rawPath)
    {
        var app = scope.Context.App;
        string? requested = null;
        if (app.Cookies && http.Request.Cookies.TryGetValue(app.CookieName, out var cookie) && cookie.Length > 0)
            requested = cookie;
        requested ??= SessionCookie.FromPathParameter(rawPath, SessionCookie.PathParameterName(app));
        scope.RequestedSessionId = requested;
        if (requested is null)
            return;
        if (scope.Context.Binder is { } binder)
        {
            var binding = await binder.BindAsync(requested, http.RequestAborted).ConfigureAwait(false);
            if (binding.OriginalSessionId is not null)
            {
                scope.RequestedSessionId = binding.SessionId;
                scope.OriginalSessionId = binding.OriginalSessionId;
            }

            if (binding.SetCookie && app.Cookies)
                scope.SetCookie(binding.SessionId);
        }

        if (await scope.Context.Manager.FindSessionAsync(scope.RequestedSessionId!, http.RequestAborted).ConfigureAwait(false) is { } session &&
            session.IsValid && !session.IsExpired(time.GetUtcNow()))
        {
            scope.Context.Manager.Access(session);
            scope.Session = session;
        }
    }
}
