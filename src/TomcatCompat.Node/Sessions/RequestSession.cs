using Microsoft.AspNetCore.Http;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Node.Contexts;

namespace TomcatCompat.Node.Sessions;

/// <summary>
/// One request's view of its session (Tomcat: <c>Request.getSession(create)</c>): the id the client
/// asked for, after JvmRouteBinderValve, and the session once found or created.
/// </summary>
internal sealed class RequestSession(NodeContext context, HttpResponse response)
{
    public NodeContext Context { get; } = context;

    /// <summary>Tomcat: <c>getRequestedSessionId()</c>, after a JvmRouteBinderValve rename.</summary>
    public string? RequestedSessionId { get; set; }

    /// <summary>The id the client sent, when JvmRouteBinderValve rewrote it.</summary>
    public string? OriginalSessionId { get; set; }

    public DeltaSession? Session { get; set; }

    /// <summary>The existing session, or a new one with its cookie set; null when maxActiveSessions is reached.</summary>
    public async ValueTask<DeltaSession?> GetOrCreateAsync(CancellationToken cancellationToken)
    {
        if (Session is not null)
            return Session;
        Session = await Context.Manager.CreateSessionAsync(cancellationToken).ConfigureAwait(false);
        if (Session is not null && Context.App.Cookies)
            SetCookie(Session.Id);
        return Session;
    }

    public void SetCookie(string sessionId) =>
        response.Headers.Append("Set-Cookie", SessionCookie.Format(Context.App, sessionId));
}
