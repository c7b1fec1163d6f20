namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// The application's session listeners (Tomcat: HttpSessionListener / HttpSessionAttributeListener).
/// <c>replicated</c> is true when the event comes from another node; those calls are made only when
/// <c>notifySessionListenersOnReplication</c> / <c>notifyListenersOnReplication</c> allow them.
/// </summary>
internal interface IDeltaSessionListener
{
    void SessionCreated(DeltaSession session, bool replicated);

    void SessionDestroyed(DeltaSession session, bool replicated);

    void AttributeChanged(DeltaSession session, string name, byte[]? value, bool replicated);
}
