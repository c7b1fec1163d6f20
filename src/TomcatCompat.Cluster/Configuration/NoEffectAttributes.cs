using System.Collections.Frozen;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>
/// Attributes TomcatCompat reads but does not act on, per component kind, with Tomcat's default
/// (only a value different from the default is reported, TC4318) and the reason.
/// </summary>
internal static class NoEffectAttributes
{
    private const string Sockets = ".NET socket defaults are used";
    private const string Threads = "receiving and sending use asynchronous I/O, not a thread pool";

    public static readonly FrozenDictionary<string, (string Name, string Default, string Why)[]> ByKind =
        new Dictionary<string, (string, string, string)[]>(StringComparer.Ordinal)
        {
            ["SimpleTcpCluster"] =
            [
                ("heartbeatBackgroundEnabled", "false", "the channel's own heartbeat timer always runs"),
                ("notifyLifecycleListenerOnFailure", "false", "cluster lifecycle listeners are not run"),
            ],
            ["GroupChannel"] =
            [
                ("jmxEnabled", "true", "there is no JMX; statistics are System.Diagnostics.Metrics instruments"),
                ("jmxDomain", "ClusterChannel", "there is no JMX"),
                ("jmxPrefix", "", "there is no JMX"),
            ],
            ["NioReceiver"] =
            [
                ("maxThreads", "15", Threads), ("minThreads", "6", Threads), ("maxIdleTime", "60000", Threads),
                ("maxTasks", "100", Threads), ("minTasks", "10", Threads), ("selectorTimeout", "5000", Threads),
                ("direct", "true", Sockets), ("rxBufSize", "65536", Sockets), ("txBufSize", "25188", Sockets),
                ("udpRxBufSize", "65536", Sockets), ("udpTxBufSize", "25188", Sockets), ("soKeepAlive", "false", Sockets),
                ("ooBInline", "true", Sockets), ("soReuseAddress", "true", Sockets), ("soLingerOn", "true", Sockets),
                ("soLingerTime", "3", Sockets), ("soTrafficClass", "28", Sockets), ("useBufferPool", "true", Sockets),
                ("daemon", "true", Threads), ("securePort", "-1", "Tomcat only advertises it too; no TLS socket is opened"),
            ],
            ["PooledParallelSender"] =
            [
                ("keepAliveCount", "-1", "pooled connections are kept until they fail or the member leaves"),
                ("keepAliveTime", "-1", "pooled connections are kept until they fail or the member leaves"),
                ("directBuffer", "false", Sockets), ("rxBufSize", "25188", Sockets), ("txBufSize", "65536", Sockets),
                ("udpRxBufSize", "25188", Sockets), ("udpTxBufSize", "65536", Sockets), ("soKeepAlive", "false", Sockets),
                ("ooBInline", "true", Sockets), ("soReuseAddress", "true", Sockets), ("soLingerOn", "false", Sockets),
                ("soLingerTime", "3", Sockets), ("soTrafficClass", "28", Sockets),
            ],
            ["TcpFailureDetector"] =
            [
                ("performSendTest", "true", "the TCP check always sends an acknowledged ping"),
                ("removeSuspectsTimeout", "300", "suspects are re-checked on every heartbeat until they answer or fail"),
            ],
            ["MessageDispatchInterceptor"] =
            [
                ("maxSpareThreads", "2", Threads), ("keepAliveTime", "5000", Threads),
                ("useDeepClone", "true", "messages are immutable, so there is nothing to clone"),
            ],
            ["GzipInterceptor"] =
            [
                ("statsEnabled", "false", "compression counts are properties, nothing is logged"),
                ("interval", "0", "nothing is logged"),
            ],
            ["ThroughputInterceptor"] = [("interval", "10000", "figures are Metrics instruments, nothing is logged")],
            ["DomainFilterInterceptor"] = [("logInterval", "100", "dropped messages are counted, nothing is logged")],
            ["EncryptInterceptor"] = [("providerName", "", ".NET's AES implementation is used")],
            ["DeltaManager"] =
            [
                ("notifyContainerListenersOnReplication", "true", "there are no container listeners"),
                ("enableStatistics", "true", "counters are always kept"),
                ("sessionAttributeValueClassNameFilter", "", "attribute values are opaque bytes, their class is unknown"),
                ("warnOnSessionAttributeFilterFailure", "false", "nothing is logged"),
                ("secureRandomClass", "", "session ids always come from the OS cryptographic generator"),
                ("secureRandomAlgorithm", "", "session ids always come from the OS cryptographic generator"),
                ("secureRandomProvider", "", "session ids always come from the OS cryptographic generator"),
            ],
            ["BackupManager"] =
            [
                ("sessionAttributeValueClassNameFilter", "", "attribute values are opaque bytes, their class is unknown"),
                ("warnOnSessionAttributeFilterFailure", "false", "nothing is logged"),
                ("secureRandomClass", "", "session ids always come from the OS cryptographic generator"),
                ("secureRandomAlgorithm", "", "session ids always come from the OS cryptographic generator"),
                ("secureRandomProvider", "", "session ids always come from the OS cryptographic generator"),
            ],
            ["ReplicationValve"] =
            [
                ("primaryIndicator", "false", "no primary-session request attribute is set"),
                ("statistics", "false", "no valve timing counters are kept"),
            ],
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
