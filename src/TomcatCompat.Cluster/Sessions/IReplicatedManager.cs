using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>
/// A manager that receives session messages from the cluster (DeltaManager, BackupManager), routed by
/// <see cref="ClusterSessionListener"/> on the manager name, and hears of members joining and leaving.
/// </summary>
internal interface IReplicatedManager : ISessionManager
{
    /// <summary>A message for this manager; runs on the receiving thread and must not block on the network.</summary>
    void MessageReceived(SessionMessage message, Member sender);

    /// <summary>A member joined the channel.</summary>
    void MemberAdded(Member member);

    /// <summary>A member left the channel (shutdown, expiry, or a verified failure).</summary>
    void MemberDisappeared(Member member);
}
