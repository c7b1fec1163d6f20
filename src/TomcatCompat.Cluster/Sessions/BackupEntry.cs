using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// One key of BackupManager's map (Tomcat: <c>AbstractReplicatedMap.MapEntry</c>): where the session's
/// primary and backup live and, on those two nodes, the session itself. On every other node it is a
/// proxy: placement only. Mutated under the manager's map lock.
/// </summary>
internal sealed class BackupEntry(string id, UniqueId primary)
{
    public string Id { get; set; } = id;

    /// <summary>The node that serves the session.</summary>
    public UniqueId Primary { get; set; } = primary;

    /// <summary>The one node holding a copy; null while the cluster has no other member.</summary>
    public UniqueId? Backup { get; set; }

    /// <summary>The data, on the primary and the backup only.</summary>
    public DeltaSession? Session { get; set; }

    /// <summary>Highest session version this node has heard of (placement messages carry it too).</summary>
    public long Version { get; set; }

    /// <summary>When placement was last confirmed; proxies idle for twice the session timeout are dropped.</summary>
    public DateTimeOffset Touched { get; set; }
}
