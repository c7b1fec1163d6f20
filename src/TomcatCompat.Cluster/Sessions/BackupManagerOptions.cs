using System.Text.RegularExpressions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>Settings of a <see cref="BackupManager"/>, from <c>&lt;Manager className="…BackupManager"&gt;</c> (§4.2, §4.3, §4.5).</summary>
internal sealed record BackupManagerOptions
{
    /// <summary>Manager name: the context (<c>host#/path</c> in an Engine cluster, §3); Tomcat's map is <c>&lt;name&gt;-map</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>Tomcat: <c>BackupManager@mapSendOptions</c>, default 6 (use_ack + sync); <c>channelSendOptions</c> is not used.</summary>
    public SendOptions MapSendOptions { get; init; } = SendOptions.UseAck | SendOptions.SynchronizedAck;

    /// <summary>Tomcat: <c>BackupManager@rpcTimeout</c>, ms, default 15000: state transfer at start and backup retrieval.</summary>
    public TimeSpan RpcTimeout { get; init; } = TimeSpan.FromMilliseconds(15000);

    /// <summary>
    /// Tomcat: <c>BackupManager@accessTimeout</c>, ms, default 5000: a map member that does not answer within it
    /// is passed over (here: a retrieval moves on from a silent backup to the primary).
    /// </summary>
    public TimeSpan AccessTimeout { get; init; } = TimeSpan.FromMilliseconds(5000);

    /// <summary>Tomcat: <c>BackupManager@terminateOnStartFailure</c>, default false: a failed map start fails the context.</summary>
    public bool TerminateOnStartFailure { get; init; }

    /// <summary>Tomcat: <c>ClusterManagerBase@notifyListenersOnReplication</c>, default true (attribute listeners on the backup).</summary>
    public bool NotifyListenersOnReplication { get; init; } = true;

    /// <summary>Tomcat: <c>ManagerBase@maxActiveSessions</c>, default -1; counts only sessions primary here.</summary>
    public int MaxActiveSessions { get; init; } = -1;

    /// <summary>Tomcat: <c>ClusterManagerBase@recordAllActions</c>, default false.</summary>
    public bool RecordAllActions { get; init; }

    /// <summary>Tomcat: <c>ManagerBase@sessionAttributeNameFilter</c>, whole-name regex; null = replicate all.</summary>
    public Regex? SessionAttributeNameFilter { get; init; }

    /// <summary>web.xml <c>session-timeout</c> × 60, seconds, default 1800.</summary>
    public int MaxInactiveInterval { get; init; } = 1800;

    /// <summary>How long a backup holds a diff whose predecessor has not arrived before asking the primary for a full copy (ours).</summary>
    public TimeSpan GapTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
