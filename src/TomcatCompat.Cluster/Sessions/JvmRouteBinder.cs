namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// Moves a session to this node's route after a failover (Tomcat: JvmRouteBinderValve, §12.2): a
/// requested id whose route (text after the first dot) is not the local jvmRoute is renamed to
/// <c>&lt;id&gt;.&lt;jvmRoute&gt;</c> here and, through CHANGE_SESSION_ID, on every member. As observed
/// on Tomcat 10.1, even a read-only request renames, and a client that keeps the old id on a node
/// where the rename already happened is mapped onto the renamed session.
/// </summary>
internal sealed class JvmRouteBinder(ISessionManager manager, string? jvmRoute)
{
    /// <summary>Tomcat: <c>JvmRouteBinderValve@enabled</c>, default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Tomcat: <c>JvmRouteBinderValve@sessionIdAttribute</c>, default <c>org.apache.catalina.ha.session.JvmRouteOriginalSessionID</c>.</summary>
    public string SessionIdAttribute { get; init; } = "org.apache.catalina.ha.session.JvmRouteOriginalSessionID";

    public async ValueTask<JvmRouteBinding> BindAsync(string? requestedSessionId, CancellationToken cancellationToken = default)
    {
        if (!Enabled || string.IsNullOrEmpty(jvmRoute) || string.IsNullOrEmpty(requestedSessionId))
            return JvmRouteBinding.Unchanged(requestedSessionId ?? "");
        var dot = requestedSessionId.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || string.Equals(requestedSessionId[(dot + 1)..], jvmRoute, StringComparison.Ordinal))
            return JvmRouteBinding.Unchanged(requestedSessionId);
        var newId = SessionIdGenerator.WithRoute(requestedSessionId, jvmRoute);
        if (await manager.FindSessionAsync(requestedSessionId, cancellationToken).ConfigureAwait(false) is not null &&
            await manager.ChangeSessionIdAsync(requestedSessionId, newId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new JvmRouteBinding(newId, requestedSessionId, true);
        }

        // A concurrent request (or an earlier failover) already renamed it: only the request's id changes.
        return await manager.FindSessionAsync(newId, cancellationToken).ConfigureAwait(false) is not null
            ? new JvmRouteBinding(newId, requestedSessionId, true)
            : JvmRouteBinding.Unchanged(requestedSessionId);
    }
}
