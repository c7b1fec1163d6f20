namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// A context's session manager as the node's request pipeline sees it (Tomcat: <c>org.apache.catalina.Manager</c>):
/// DeltaManager (all-to-all), BackupManager (primary/backup) or an external store. The pipeline calls, per
/// request: <see cref="FindSessionAsync"/> (or <see cref="CreateSessionAsync"/>), <see cref="Access"/>, then
/// <see cref="RequestCompletedAsync"/> (ReplicationValve); the node's background thread calls
/// <see cref="ProcessExpiresAsync"/>.
/// </summary>
internal interface ISessionManager
{
    /// <summary>Tomcat's manager name: <c>host#/path</c>.</summary>
    string Name { get; }

    int ActiveSessions { get; }

    /// <summary>Joins the cluster or store; for DeltaManager this includes the initial state transfer.</summary>
    ValueTask StartAsync(CancellationToken cancellationToken = default);

    /// <summary>The session with this id, or null; may fetch it from a backup node or a store.</summary>
    ValueTask<DeltaSession?> FindSessionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A new primary session, or null when <c>maxActiveSessions</c> is reached.</summary>
    ValueTask<DeltaSession?> CreateSessionAsync(CancellationToken cancellationToken = default);

    /// <summary>Start of a request: refresh the last-access time (Tomcat: <c>StandardSession.access</c>).</summary>
    void Access(DeltaSession session);

    /// <summary>End of a request (ReplicationValve): replicate or store what the request changed.</summary>
    ValueTask RequestCompletedAsync(DeltaSession session, CancellationToken cancellationToken = default);

    /// <summary><c>session.invalidate()</c> here and wherever copies live.</summary>
    ValueTask InvalidateAsync(DeltaSession session, CancellationToken cancellationToken = default);

    /// <summary>Renames a session (JvmRouteBinderValve); null when the old id is unknown or the new one taken.</summary>
    ValueTask<DeltaSession?> ChangeSessionIdAsync(string oldId, string newId, CancellationToken cancellationToken = default);

    /// <summary>Expires idle sessions (Tomcat: <c>processExpires</c>).</summary>
    ValueTask ProcessExpiresAsync(CancellationToken cancellationToken = default);

    /// <summary>Graceful stop: hands sessions over or leaves them to the others, as the manager does.</summary>
    ValueTask StopAsync(CancellationToken cancellationToken = default);
}
