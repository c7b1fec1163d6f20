namespace TomcatCompat.Config.Diagnostics;

// External session store managers (Redisson, tomcat-redis-session-manager, memcached-session-manager):
// TC2700–TC2749, found when server.xml/context.xml and Redisson's configPath YAML are read.
// Passwords never appear in these messages.
public static partial class ConfigDiagnostics
{
    public static readonly DiagnosticDescriptor StoreManagerSettingMissing = new(
        "TC2700", DiagnosticSeverity.Error, "Store manager setting missing",
        "<Manager> {0} has no {1}, so the manager cannot start and the context is unavailable; {2}");

    public static readonly DiagnosticDescriptor MemcachedNodesInvalid = new(
        "TC2701", DiagnosticSeverity.Error, "Bad memcachedNodes entry",
        "<Manager> memcachedNodes entry \"{0}\" is not \"id:host:port\" (or a single \"host:port\"); memcached-session-manager refuses to start; write e.g. memcachedNodes=\"n1:127.0.0.1:11211,n2:127.0.0.1:11212\"");

    public static readonly DiagnosticDescriptor FailoverNodesInvalid = new(
        "TC2702", DiagnosticSeverity.Error, "Bad failoverNodes",
        "<Manager> failoverNodes \"{0}\" {1}; memcached-session-manager refuses to start; {2}");

    public static readonly DiagnosticDescriptor StoreManagerInCluster = new(
        "TC2703", DiagnosticSeverity.Warning, "Store manager inside <Cluster>",
        "<Cluster><Manager> names {0}, which is not a ClusterManager: the real Tomcat rejects it there (\"argument type mismatch\") and does not start; TomcatCompat uses it for every distributable context and runs no replication channel; move the <Manager> into conf/context.xml (or the <Context>) as the manager's docs say");

    public static readonly DiagnosticDescriptor RedissonConfigUnreadable = new(
        "TC2704", DiagnosticSeverity.Error, "Redisson config file unreadable",
        "<Manager> RedissonSessionManager configPath \"{0}\" {1}; Redisson cannot start and the context is unavailable; point configPath at the YAML file");

    public static readonly DiagnosticDescriptor RedissonConfigInvalid = new(
        "TC2705", DiagnosticSeverity.Error, "Redisson config not understood",
        "Redisson config: {0}; Redisson refuses to start with it; {1}");

    public static readonly DiagnosticDescriptor RedissonConfigKeyIgnored = new(
        "TC2706", DiagnosticSeverity.Info, "Redisson setting not used",
        "Redisson config key \"{0}\" is read but has no effect in TomcatCompat ({1}); it can stay");

    public static readonly DiagnosticDescriptor StoreManagerValueInvalid = new(
        "TC2707", DiagnosticSeverity.Warning, "Store manager value not recognised",
        "<Manager> {0}=\"{1}\" is not one of {2}; the manager logs an error and keeps its default \"{3}\"; use one of the listed values");

    public static readonly DiagnosticDescriptor RedisSessionHandlerValveMissing = new(
        "TC2708", DiagnosticSeverity.Error, "RedisSessionHandlerValve missing",
        "<Manager> RedisSessionManager needs <Valve className=\"com.orangefunction.tomcat.redissessions.RedisSessionHandlerValve\"/> in the same <Context>, before the <Manager>; without it the manager refuses to start (\"Unable to attach to session handling valve\"); add the valve");
}
