using System.Collections.Frozen;
using static TomcatCompat.Config.Tomcat.ClassSlot;
using static TomcatCompat.Config.Tomcat.ClassSupport;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Java FQCN → <see cref="ClassInfo"/> for the Tomcat 8.0–11 classes a cluster config names
/// (tomcat-cluster.md §18). Class names are case-sensitive, as for the JVM.
/// </summary>
public static class ClassNameAliases
{
    private const string Ha = "org.apache.catalina.ha.";
    private const string Tribes = "org.apache.catalina.tribes.";
    private const string Icpt = Tribes + "group.interceptors.";
    private const string Cat = "org.apache.catalina.";

    private static readonly TomcatVersion V10M5 = TomcatVersion.Of(10, 0, 0, 5);

    private static readonly FrozenDictionary<string, ClassInfo> Table = Build(
    [
        new(Ha + "tcp.SimpleTcpCluster", "SimpleTcpCluster", Cluster, Emulated),
        new(Ha + "session.DeltaManager", "DeltaManager", ClusterManager | ContextManager, Emulated),
        new(Ha + "session.BackupManager", "BackupManager", ClusterManager | ContextManager, Emulated),
        new(Ha + "session.ClusterSessionListener", "ClusterSessionListener", ClusterListener, Emulated),
        new(Ha + "session.JvmRouteSessionIDBinderListener", "JvmRouteSessionIDBinderListener", ClusterListener, Unsupported)
            { RemovedIn = TomcatVersion.Of(8, 0, 0) },
        new(Ha + "session.JvmRouteBinderValve", "JvmRouteBinderValve", ClusterValve | Valve, Emulated),
        new(Ha + "tcp.ReplicationValve", "ReplicationValve", ClusterValve | Valve, Emulated),
        new(Ha + "deploy.FarmWarDeployer", "FarmWarDeployer", Deployer, Unsupported),
        new(Ha + "authenticator.ClusterSingleSignOn", "ClusterSingleSignOn", Valve, Unsupported),
        new(Ha + "context.ReplicatedContext", "ReplicatedContext", Context, Unsupported),
        new(Tribes + "group.GroupChannel", "GroupChannel", Channel, Emulated),
        new(Tribes + "membership.McastService", "McastService", Membership, Emulated),
        new(Tribes + "membership.StaticMembershipService", "StaticMembershipService", Membership, Emulated)
            { Since = TomcatVersion.Of(9, 0, 11) },
        new(Tribes + "membership.cloud.CloudMembershipService", "CloudMembershipService", Membership, Unsupported)
            { Since = TomcatVersion.Of(9, 0, 13) },
        new(Tribes + "membership.StaticMember", "StaticMember", StaticMember, Emulated),
        new(Tribes + "transport.ReplicationTransmitter", "ReplicationTransmitter", Sender, Emulated),
        new(Tribes + "transport.nio.NioReceiver", "NioReceiver", Receiver, Emulated),
        new(Tribes + "transport.bio.BioReceiver", "NioReceiver", Receiver, Emulated)
            { RemovedIn = V10M5, Successor = Tribes + "transport.nio.NioReceiver" },
        new(Tribes + "transport.nio.PooledParallelSender", "PooledParallelSender", Transport, Emulated),
        new(Tribes + "transport.bio.PooledMultiSender", "PooledParallelSender", Transport, Emulated)
            { RemovedIn = V10M5, Successor = Tribes + "transport.nio.PooledParallelSender" },
        new(Tribes + "transport.bio.MultipointBioSender", "PooledParallelSender", Transport, Emulated)
            { RemovedIn = V10M5, Successor = Tribes + "transport.nio.PooledParallelSender" },
        new(Icpt + "TcpFailureDetector", "TcpFailureDetector", Interceptor, Emulated),
        new(Icpt + "MessageDispatchInterceptor", "MessageDispatchInterceptor", Interceptor, Emulated),
        new(Icpt + "MessageDispatch15Interceptor", "MessageDispatchInterceptor", Interceptor, Emulated)
            { RemovedIn = TomcatVersion.Of(8, 5, 0), Successor = Icpt + "MessageDispatchInterceptor" },
        new(Icpt + "ThroughputInterceptor", "ThroughputInterceptor", Interceptor, Emulated),
        new(Icpt + "TcpPingInterceptor", "TcpPingInterceptor", Interceptor, Emulated),
        new(Icpt + "StaticMembershipInterceptor", "StaticMembershipInterceptor", Interceptor, Emulated),
        new(Icpt + "DomainFilterInterceptor", "DomainFilterInterceptor", Interceptor, Emulated),
        new(Icpt + "FragmentationInterceptor", "FragmentationInterceptor", Interceptor, Emulated),
        new(Icpt + "GzipInterceptor", "GzipInterceptor", Interceptor, Emulated),
        new(Icpt + "EncryptInterceptor", "EncryptInterceptor", Interceptor, Emulated) { Since = TomcatVersion.Of(8, 5, 38) },
        new(Icpt + "OrderInterceptor", "OrderInterceptor", Interceptor, Unsupported),
        new(Icpt + "TwoPhaseCommitInterceptor", "TwoPhaseCommitInterceptor", Interceptor, Unsupported),
        new(Icpt + "NonBlockingCoordinator", "NonBlockingCoordinator", Interceptor, Unsupported),
        new(Icpt + "SimpleCoordinator", "SimpleCoordinator", Interceptor, Unsupported),
        new(Cat + "core.StandardServer", "StandardServer", Server, Emulated),
        new(Cat + "core.StandardService", "StandardService", Service, Emulated),
        new(Cat + "core.StandardEngine", "StandardEngine", Engine, Emulated),
        new(Cat + "core.StandardHost", "StandardHost", Host, Emulated),
        new(Cat + "core.StandardContext", "StandardContext", Context, Emulated),
        new(Cat + "core.StandardThreadExecutor", "StandardThreadExecutor", Executor, Emulated),
        new(Cat + "session.StandardManager", "StandardManager", ContextManager, Emulated),
        new(Cat + "session.PersistentManager", "PersistentManager", ContextManager, Unsupported),
        new(Cat + "util.StandardSessionIdGenerator", "StandardSessionIdGenerator", SessionIdGenerator, Emulated),
        new("org.apache.tomcat.util.http.Rfc6265CookieProcessor", "Rfc6265CookieProcessor", CookieProcessor, Emulated),
        new(Cat + "valves.AccessLogValve", "AccessLogValve", Valve, Emulated),
        new(Cat + "valves.ExtendedAccessLogValve", "ExtendedAccessLogValve", Valve, Unsupported),
        new(Cat + "valves.JsonAccessLogValve", "JsonAccessLogValve", Valve, Unsupported),
        new(Cat + "valves.ErrorReportValve", "ErrorReportValve", Valve, Harmless),
        new(Cat + "valves.RemoteIpValve", "RemoteIpValve", Valve, Unsupported),
        new(Cat + "valves.RemoteAddrValve", "RemoteAddrValve", Valve, Unsupported),
        new(Cat + "valves.RemoteHostValve", "RemoteHostValve", Valve, Unsupported),
        new(Cat + "valves.RequestDumperValve", "RequestDumperValve", Valve, Unsupported),
        new(Cat + "valves.StuckThreadDetectionValve", "StuckThreadDetectionValve", Valve, Harmless),
        new(Cat + "valves.rewrite.RewriteValve", "RewriteValve", Valve, Unsupported),
        new(Cat + "authenticator.SingleSignOn", "SingleSignOn", Valve, Unsupported),
        new(Cat + "realm.LockOutRealm", "LockOutRealm", Realm, Unsupported),
        new(Cat + "realm.CombinedRealm", "CombinedRealm", Realm, Unsupported),
        new(Cat + "realm.UserDatabaseRealm", "UserDatabaseRealm", Realm, Unsupported),
        new(Cat + "realm.MemoryRealm", "MemoryRealm", Realm, Unsupported),
        new(Cat + "realm.JNDIRealm", "JNDIRealm", Realm, Unsupported),
        new(Cat + "realm.DataSourceRealm", "DataSourceRealm", Realm, Unsupported),
        new(Cat + "realm.JAASRealm", "JAASRealm", Realm, Unsupported),
        new(Cat + "startup.VersionLoggerListener", "VersionLoggerListener", LifecycleListener, Harmless),
        new(Cat + "core.AprLifecycleListener", "AprLifecycleListener", LifecycleListener, Harmless),
        new(Cat + "core.OpenSSLLifecycleListener", "OpenSSLLifecycleListener", LifecycleListener, Harmless),
        new(Cat + "core.JreMemoryLeakPreventionListener", "JreMemoryLeakPreventionListener", LifecycleListener, Harmless),
        new(Cat + "mbeans.GlobalResourcesLifecycleListener", "GlobalResourcesLifecycleListener", LifecycleListener, Harmless),
        new(Cat + "core.ThreadLocalLeakPreventionListener", "ThreadLocalLeakPreventionListener", LifecycleListener, Harmless),
        new(Cat + "security.SecurityListener", "SecurityListener", LifecycleListener, Harmless),
        new(Cat + "storeconfig.StoreConfigLifecycleListener", "StoreConfigLifecycleListener", LifecycleListener, Harmless),
        // External session stores (not Tomcat classes, but run by TomcatCompat.SessionStores). They are
        // not ClusterManagers; in a <Cluster> the reader reports TC2703 rather than TC2407.
        new(StoreManagerClasses.Redisson, "RedissonSessionManager", ContextManager | ClusterManager, Emulated),
        new(StoreManagerClasses.RedisSessionManager, "RedisSessionManager", ContextManager | ClusterManager, Emulated),
        new(StoreManagerClasses.RedisSessionHandlerValve, "RedisSessionHandlerValve", Valve, Emulated),
        new(StoreManagerClasses.MsmBackup, "MemcachedBackupSessionManager", ContextManager | ClusterManager, Emulated),
        new(StoreManagerClasses.Msm, "MemcachedSessionManager", ContextManager | ClusterManager, Emulated),
    ]);

    /// <summary>Every known class, by fully qualified name.</summary>
    public static IReadOnlyDictionary<string, ClassInfo> All => Table;

    public static ClassInfo? Find(string className) => Table.GetValueOrDefault(className);

    /// <summary>True for a name in Tomcat's own packages, where an unknown class is certainly missing.</summary>
    public static bool IsTomcatPackage(string className) =>
        className.StartsWith("org.apache.catalina.", StringComparison.Ordinal) ||
        className.StartsWith("org.apache.tomcat.", StringComparison.Ordinal) ||
        className.StartsWith("org.apache.coyote.", StringComparison.Ordinal);

    /// <summary>The simple class name (text after the last dot).</summary>
    public static string SimpleName(string className) => className[(className.LastIndexOf('.') + 1)..];

    private static FrozenDictionary<string, ClassInfo> Build(ClassInfo[] infos) =>
        infos.ToFrozenDictionary(i => i.ClassName, StringComparer.Ordinal);
}
