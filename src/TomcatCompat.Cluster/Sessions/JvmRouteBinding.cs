namespace TomcatCompat.Cluster.Sessions;

/// <summary>What <see cref="JvmRouteBinder"/> did with a request's session id.</summary>
/// <param name="SessionId">The id the request should use from now on (unchanged when nothing happened).</param>
/// <param name="OriginalSessionId">The id the client sent, when it was rewritten (Tomcat puts it in the <c>sessionIdAttribute</c> request attribute).</param>
/// <param name="SetCookie">True when the response must carry a new session cookie.</param>
internal sealed record JvmRouteBinding(string SessionId, string? OriginalSessionId, bool SetCookie)
{
    public static JvmRouteBinding Unchanged(string id) => new(id, null, false);
}
