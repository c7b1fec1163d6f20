namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// One DeltaManager message (Tomcat: <c>SessionMessageImpl</c>). <see cref="Version"/> is ours: the
/// per-session sequence number that lets every replica apply changes in order and ignore stale or
/// duplicate ones (Tomcat applies whatever arrives last, §9 of the real-cluster notes).
/// </summary>
/// <param name="Kind">Event type.</param>
/// <param name="ContextName">Manager name (<c>host#/path</c> for Engine clusters, §5.3).</param>
/// <param name="SessionId">Session the message is about; null for whole-manager messages.</param>
/// <param name="Version">Session version after this change; 0 for whole-manager messages.</param>
/// <param name="Timestamp">Sender's clock, Unix ms.</param>
/// <param name="Payload">Kind-specific body (delta, snapshots, new id, max-inactive interval).</param>
internal sealed record SessionMessage(
    SessionMessageKind Kind, string ContextName, string? SessionId, long Version, long Timestamp, byte[] Payload);
