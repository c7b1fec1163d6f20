namespace TomcatCompat.Config.Tomcat;

// Cluster subtree attribute tables (tomcat-cluster.md §3, §4, §7–§14). These lists are
// complete, so anything else on these classes is the "failed to set property" warning.
public static partial class AttributeTable
{
    private static readonly TomcatVersion V80 = TomcatVersion.Of(8, 0, 0);
    private static readonly TomcatVersion V85 = TomcatVersion.Of(8, 5, 0);

    private static readonly AttributeDef[] ManagerBase =
    [
        I("maxActiveSessions", "-1"), I("processExpiresFrequency", "6"),
        S("sessionAttributeNameFilter"), S("sessionAttributeValueClassNameFilter"),
        B("warnOnSessionAttributeFilterFailure", "false"),
        S("secureRandomClass"), S("secureRandomAlgorithm"), S("secureRandomProvider"),
        B("notifyAttributeListenerOnUnchangedValue", "true") with { Since = TomcatVersion.Of(9, 0, 6) },
        B("notifyBindingListenerOnUnchangedValue", "false") with { Since = TomcatVersion.Of(9, 0, 6) },
        B("sessionActivityCheck", "false") with { Since = TomcatVersion.Of(10, 0, 0, 4) },
        B("sessionLastAccessAtStart", "false") with { Since = TomcatVersion.Of(10, 0, 0, 4) },
        B("persistAuthenticationNotes") with { Since = TomcatVersion.Of(8, 5, 83), RemovedIn = TomcatVersion.Of(10, 1, 0) },
        Gone("sessionIdLength", AttributeType.Int, V85, "; since 8.5 it belongs on a nested <SessionIdGenerator sessionIdLength=\"...\"/>"),
        Gone("maxInactiveInterval", AttributeType.Int, V85, "; since 8.5 the timeout comes from web.xml <session-timeout>"),
        Gone("distributable", AttributeType.Bool, V85, "; since 8.5 it comes from web.xml <distributable/>"),
        Gone("sessionAttributeFilter", AttributeType.String, V85, "; since 8.5 it is sessionAttributeNameFilter"),
    ];

    private static readonly AttributeDef[] ClusterManagerBase =
        [S("name"), B("notifyListenersOnReplication", "true"), B("recordAllActions", "false")];

    private static readonly AttributeDef[] ReceiverBase =
    [
        S("address", "auto"), Alias(S("host"), "address"), S("bind"), I("port", "4000"), I("autoBind", "100"),
        I("securePort", "-1"), I("udpPort", "-1"), L("selectorTimeout", "5000"), I("maxThreads", "15"),
        I("minThreads", "6"), L("maxIdleTime", "60000"), I("maxTasks", "100"), I("minTasks", "10"),
        B("direct", "true"), I("rxBufSize", "65536"), I("txBufSize", "25188"), I("udpRxBufSize", "65536"),
        I("udpTxBufSize", "25188"), B("tcpNoDelay", "true"), B("soKeepAlive", "false"), B("ooBInline", "true"),
        B("soReuseAddress", "true"), B("soLingerOn", "true"), I("soLingerTime", "3"), I("soTrafficClass", "28"),
        I("timeout", "3000"), B("useBufferPool", "true"), B("daemon", "true"),
    ];

    private static readonly AttributeDef[] TransportBase =
    [
        L("timeout", "3000"), I("maxRetryAttempts", "1"), I("keepAliveCount", "-1"), L("keepAliveTime", "-1"),
        B("directBuffer", "false"), I("rxBufSize", "25188"), I("txBufSize", "65536"), I("udpRxBufSize", "25188"),
        I("udpTxBufSize", "65536"), B("tcpNoDelay", "true"), B("soKeepAlive", "false"), B("ooBInline", "true"),
        B("soReuseAddress", "true"), B("soLingerOn", "false"), I("soLingerTime", "3"), I("soTrafficClass", "28"),
        B("throwOnFailedAck", "true"), I("poolSize", "25"), L("maxWait", "3000"),
    ];

    private static readonly AttributeDef[] Dispatch =
    [
        I("optionFlag", "8"), B("alwaysSend", "true"), L("maxQueueSize", "67108864"), I("maxThreads", "10"),
        I("maxSpareThreads", "2"), L("keepAliveTime", "5000"), B("useDeepClone", "true"),
    ];

    private static readonly AttributeDef[] OptionFlag = [I("optionFlag", "0")];

    private static readonly AttributeDef[] ValveBase = [B("asyncSupported")];

    private static IEnumerable<KeyValuePair<string, AttributeSet>> ClusterSets() =>
    [
        Complete("SimpleTcpCluster",
            [Opt("channelSendOptions", "8"), I("channelStartOptions", "15"), B("heartbeatBackgroundEnabled", "false"),
             B("notifyLifecycleListenerOnFailure", "false"), S("clusterName")]),
        Complete("DeltaManager", ManagerBase, ClusterManagerBase,
            [B("expireSessionsOnShutdown", "false"), B("notifySessionListenersOnReplication", "true"),
             B("notifyContainerListenersOnReplication", "true"), I("stateTransferTimeout", "60"),
             B("sendAllSessions", "true"), I("sendAllSessionsSize", "1000"), I("sendAllSessionsWaitTime", "2000"),
             B("stateTimestampDrop", "true"), B("enableStatistics", "true") with { Since = TomcatVersion.Of(9, 0, 108) }]),
        Complete("BackupManager", ManagerBase, ClusterManagerBase,
            [Opt("mapSendOptions", "6"), L("rpcTimeout", "15000"), L("accessTimeout", "5000"),
             B("terminateOnStartFailure", "false"),
             Gone("expireSessionsOnShutdown", AttributeType.Bool, V80, "; only DeltaManager has it")]),
        Partial("StandardManager", ManagerBase, [S("pathname", "SESSIONS.ser")]),
        Partial("PersistentManager", ManagerBase, [B("saveOnRestart"), I("maxIdleBackup"), I("maxIdleSwap"), I("minIdleSwap")]),
        Partial("StandardSessionIdGenerator", [I("sessionIdLength", "16"), S("jvmRoute")]),
        Complete("GroupChannel",
            [B("heartbeat", "true"), L("heartbeatSleeptime", "5000"), B("optionCheck", "false"),
             B("jmxEnabled", "true"), S("jmxDomain", "ClusterChannel"), S("jmxPrefix", "")]),
        Complete("McastService",
            [S("address", "228.0.0.4"), I("port", "45564"), L("frequency", "500"), L("dropTime", "3000"), S("bind"),
             I("ttl"), I("soTimeout"), S("domain"), B("recoveryEnabled", "true"), I("recoveryCounter", "10"),
             L("recoverySleepTime", "5000"), B("localLoopbackDisabled", "false"),
             Alias(L("mcastDropTime"), "dropTime"), Alias(S("mcastBindAddress"), "bind"),
             Gone("mcastAddr", AttributeType.String, V80, "; since 8.0 it is address"),
             Gone("mcastPort", AttributeType.Int, V80, "; since 8.0 it is port"),
             Gone("mcastFrequency", AttributeType.Long, V80, "; since 8.0 it is frequency"),
             Gone("mcastTTL", AttributeType.Int, V80, "; since 8.0 it is ttl"),
             Gone("mcastSoTimeout", AttributeType.Int, V80, "; since 8.0 it is soTimeout")]),
        Complete("StaticMembershipService",
            [I("connectTimeout", "500"), L("expirationTime", "5000"), L("rpcTimeout", "3000"),
             B("useThread", "false"), L("pingInterval", "1000")]),
        Partial("CloudMembershipService",
            [S("membershipProviderClassName", "kubernetes"), I("connectTimeout"), I("readTimeout"), L("expirationTime")]),
        Partial("StaticMember", [S("host"), I("port", "0"), I("securePort", "-1"), S("domain"), S("uniqueId")]),
        Complete("NioReceiver", ReceiverBase),
        Complete("ReplicationTransmitter",
            [Gone("replicationMode", AttributeType.String, V80, "; that is Tomcat 5.5/6 syntax, use channelSendOptions on <Cluster>")]),
        Complete("PooledParallelSender", TransportBase),
        Complete("TcpFailureDetector", OptionFlag,
            [L("connectTimeout", "1000"), B("performSendTest", "true"), B("performReadTest", "false"),
             L("readTestTimeout", "5000"), I("removeSuspectsTimeout", "300")]),
        Complete("MessageDispatchInterceptor", Dispatch),
        Complete("ThroughputInterceptor", OptionFlag, [I("interval", "10000")]),
        Complete("TcpPingInterceptor", OptionFlag, [L("interval", "1000"), B("useThread", "false"), B("staticOnly", "false")]),
        Complete("StaticMembershipInterceptor", OptionFlag),
        Complete("DomainFilterInterceptor", OptionFlag, [S("domain"), I("logInterval", "100")]),
        Complete("FragmentationInterceptor", OptionFlag, [I("maxSize", "102400"), L("expire", "60000")]),
        Complete("GzipInterceptor",
            [I("optionFlag", "256"), I("compressionMinSize", "0"), B("statsEnabled", "false"), I("interval", "0")]),
        Complete("EncryptInterceptor", OptionFlag,
            [S("encryptionAlgorithm", "AES/GCM/NoPadding"), S("encryptionKey"), Alias(S("encryptionKeyString"), "encryptionKey"),
             S("providerName"), L("replayWindowTime", "10000") with { Since = TomcatVersion.Of(9, 0, 119) },
             I("replayWindowMessageCount", "8192") with { Since = TomcatVersion.Of(9, 0, 119) }]),
        Complete("OrderInterceptor", OptionFlag, [L("expire", "3000"), B("forwardExpired", "true"), I("maxQueue", "2147483647")]),
        Complete("TwoPhaseCommitInterceptor", OptionFlag, [B("deepclone", "true"), L("expire", "60000")]),
        Complete("NonBlockingCoordinator", OptionFlag),
        Complete("SimpleCoordinator", OptionFlag),
        Complete("ReplicationValve", ValveBase,
            [S("filter"), B("primaryIndicator", "false"),
             S("primaryIndicatorName", "org.apache.catalina.ha.tcp.isPrimarySession"), B("statistics", "false")]),
        Complete("JvmRouteBinderValve", ValveBase,
            [B("enabled", "true"), S("sessionIdAttribute", "org.apache.catalina.ha.session.JvmRouteOriginalSessionID")]),
        Complete("ClusterSessionListener"),
        Complete("FarmWarDeployer",
            [S("deployDir"), S("tempDir"), S("watchDir"), B("watchEnabled", "false"),
             I("processDeployFrequency", "2"), I("maxValidTime", "300")]),
        Partial("ClusterSingleSignOn", ValveBase,
            [S("cookieDomain"), S("cookieName"), I("mapSendOptions", "6"), B("requireReauthentication", "false"),
             L("rpcTimeout", "15000"), B("terminateOnStartFailure", "false"), L("accessTimeout", "5000")]),
    ];
}
