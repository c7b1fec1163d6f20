using System.Text.RegularExpressions;
using TomcatCompat.Cluster.Tribes;

namespace TomcatCompat.Cluster.Sessions;

/// <summary>Settings of a <see cref="DeltaManager"/>, from <c>&lt;Manager className="…DeltaManager"&gt;</c> (§4.2–§4.4).</summary>
internal sealed record DeltaManagerOptions
{
    /// <summary>Manager name: the context (<c>host#/path</c> in an Engine cluster, §3).</summary>
    public string Name { get; init; } = "";

    /// <summary>Tomcat: <c>Cluster@channelSendOptions</c>, default 8 (async).</summary>
    public SendOptions ChannelSendOptions { get; init; } = SendOptions.Asynchronous;

    /// <summary>Tomcat: <c>DeltaManager@expireSessionsOnShutdown</c>, default false.</summary>
    public bool ExpireSessionsOnShutdown { get; init; }

    /// <summary>Tomcat: <c>ClusterManagerBase@notifyListenersOnReplication</c>, default true.</summary>
    public bool NotifyListenersOnReplication { get; init; } = true;

    /// <summary>Tomcat: <c>DeltaManager@notifySessionListenersOnReplication</c>, default true.</summary>
    public bool NotifySessionListenersOnReplication { get; init; } = true;

    /// <summary>Tomcat: <c>DeltaManager@stateTransferTimeout</c>, seconds, default 60; -1 waits forever, 0 or other negatives do not wait.</summary>
    public int StateTransferTimeout { get; init; } = 60;

    /// <summary>Tomcat: <c>DeltaManager@sendAllSessions</c>, default true (one message; false = blocks).</summary>
    public bool SendAllSessions { get; init; } = true;

    /// <summary>Tomcat: <c>DeltaManager@sendAllSessionsSize</c>, default 1000 sessions per block.</summary>
    public int SendAllSessionsSize { get; init; } = 1000;

    /// <summary>Tomcat: <c>DeltaManager@sendAllSessionsWaitTime</c>, ms, default 2000 between blocks.</summary>
    public TimeSpan SendAllSessionsWaitTime { get; init; } = TimeSpan.FromMilliseconds(2000);

    /// <summary>Tomcat: <c>DeltaManager@stateTimestampDrop</c>, default true: drop foreign GET_ALL_SESSIONS queued during our own transfer.</summary>
    public bool StateTimestampDrop { get; init; } = true;

    /// <summary>Tomcat: <c>ManagerBase@maxActiveSessions</c>, default -1 (no limit); replicas count too.</summary>
    public int MaxActiveSessions { get; init; } = -1;

    /// <summary>Tomcat: <c>ClusterManagerBase@recordAllActions</c>, default false.</summary>
    public bool RecordAllActions { get; init; }

    /// <summary>Tomcat: <c>ManagerBase@sessionAttributeNameFilter</c>, whole-name regex; null = replicate all.</summary>
    public Regex? SessionAttributeNameFilter { get; init; }

    /// <summary>web.xml <c>session-timeout</c> × 60, seconds, default 1800.</summary>
    public int MaxInactiveInterval { get; init; } = 1800;

    /// <summary>How long a replica holds a change whose predecessor has not arrived before applying it anyway (ours).</summary>
    public TimeSpan GapTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
