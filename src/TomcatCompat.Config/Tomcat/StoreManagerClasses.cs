namespace TomcatCompat.Config.Tomcat;

/// <summary>Class names and kinds of the external session store managers TomcatCompat runs.</summary>
public static class StoreManagerClasses
{
    public const string Redisson = "org.redisson.tomcat.RedissonSessionManager";
    public const string RedisSessionManager = "com.orangefunction.tomcat.redissessions.RedisSessionManager";
    public const string RedisSessionHandlerValve = "com.orangefunction.tomcat.redissessions.RedisSessionHandlerValve";
    public const string MsmBackup = "de.javakaffee.web.msm.MemcachedBackupSessionManager";
    public const string Msm = "de.javakaffee.web.msm.MemcachedSessionManager";

    /// <summary>True for a Manager kind (simple class name) backed by an external store.</summary>
    public static bool IsStoreKind(string? kind) =>
        kind is "RedissonSessionManager" or "RedisSessionManager" or "MemcachedBackupSessionManager" or "MemcachedSessionManager";
}
