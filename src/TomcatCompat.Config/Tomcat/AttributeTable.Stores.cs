namespace TomcatCompat.Config.Tomcat;

// External session store managers, from their own docs (Redisson's Tomcat manager page, the
// tomcat-redis-session-manager README, the memcached-session-manager wiki "SetupAndConfiguration").
// Each also inherits Tomcat's ManagerBase setters. Redisson's list is complete; the other two have
// connection-pool and serializer setters TomcatCompat does not list, so their tables are partial.
public static partial class AttributeTable
{
    private static IEnumerable<KeyValuePair<string, AttributeSet>> StoreSets() =>
    [
        Complete("RedissonSessionManager", ManagerBase,
        [
            S("configPath"), S("readMode", "REDIS"), S("updateMode", "DEFAULT"), B("broadcastSessionEvents", "false"),
            B("broadcastSessionUpdates", "true"), S("keyPrefix", ""),
        ]),
        Partial("RedisSessionManager", ManagerBase,
        [
            S("host", "localhost"), I("port", "6379"), I("database", "0"), S("password"), I("timeout", "2000"),
            S("sentinels"), S("sentinelMaster"), S("sessionPersistPolicies", "DEFAULT"),
            S("serializationStrategyClass", "com.orangefunction.tomcat.redissessions.JavaSerializer"),
            I("connectionPoolMaxTotal"), I("connectionPoolMaxIdle"), I("connectionPoolMinIdle"),
        ]),
        // MSM has its own sessionAttributeFilter setter, so Tomcat's removed one is not inherited here.
        Partial("MemcachedBackupSessionManager", ManagerBase.Where(d => d.Name != "sessionAttributeFilter"), Msm),
        Partial("MemcachedSessionManager", ManagerBase.Where(d => d.Name != "sessionAttributeFilter"), Msm),
        Complete("RedisSessionHandlerValve", ValveBase),
    ];

    // A property, not a field: Sets is built from here during type initialization.
    private static AttributeDef[] Msm =>
    [
        S("memcachedNodes"), S("failoverNodes"), B("sticky", "true"), S("lockingMode", "none"), S("requestUriIgnorePattern"),
        B("sessionBackupAsync", "true"), I("sessionBackupTimeout", "100"), L("operationTimeout", "1000"),
        S("memcachedProtocol", "text"), S("transcoderFactoryClass"), B("copyCollectionsForSerialization", "false"),
        S("customConverter"), B("enableStatistics", "true"), B("enabled", "true"), I("backupThreadCount"),
        S("username"), S("password"), S("storageKeyPrefix"), S("sessionAttributeFilter"),
    ];
}
