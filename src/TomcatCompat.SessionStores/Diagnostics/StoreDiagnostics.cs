using System.Collections.Immutable;
using System.Reflection;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.SessionStores.Diagnostics;

/// <summary>
/// Codes TC4700–TC4729: what <see cref="Configuration.StoreManagerFactory"/> finds when it turns a store
/// manager's settings into a running manager: behaviour of Redisson, tomcat-redis-session-manager or
/// memcached-session-manager that TomcatCompat does not reproduce. Codes are permanent.
/// </summary>
public static class StoreDiagnostics
{
    public static readonly DiagnosticDescriptor SessionEventsNotBroadcast = new(
        "TC4700", DiagnosticSeverity.Info, "Session events not broadcast",
        "unsupported: <Manager> broadcastSessionEvents=\"true\" is read but TomcatCompat runs no HttpSessionListeners, so there is nothing to broadcast; sessions are still shared through Redis");

    public static readonly DiagnosticDescriptor LockingModeNotReproduced = new(
        "TC4701", DiagnosticSeverity.Warning, "MSM lockingMode not reproduced",
        "unsupported: <Manager> lockingMode=\"{0}\" is read but TomcatCompat takes no memcached lock; concurrent requests of one session are merged attribute by attribute instead (a change based on an older read is dropped); use sticky sessions where requests of one session must not overlap");

    public static readonly DiagnosticDescriptor NoBackupNode = new(
        "TC4702", DiagnosticSeverity.Warning, "MSM non-sticky backup copy not kept",
        "unsupported: non-sticky memcached-session-manager also keeps a backup of each session on the next node; TomcatCompat keeps one copy, so sessions on a memcached node that fails are lost; run sticky=\"true\" or accept the loss");

    public static readonly DiagnosticDescriptor FailoverNodesIgnored = new(
        "TC4703", DiagnosticSeverity.Info, "failoverNodes ignored without sticky",
        "<Manager> failoverNodes=\"{0}\" only matter with sticky=\"true\" (memcached-session-manager ignores them for non-sticky sessions), so every node is used alike");

    public static readonly DiagnosticDescriptor MemoryModeChecksVersion = new(
        "TC4704", DiagnosticSeverity.Info, "readMode MEMORY checks the version per request",
        "<Manager> readMode=\"MEMORY\": Redisson keeps a local copy updated by Redis pub/sub; TomcatCompat keeps the copy and reads the stored version on every request (one small round trip), reloading when another node wrote");

    public static readonly DiagnosticDescriptor BackupNotAsync = new(
        "TC4705", DiagnosticSeverity.Info, "Session backup is synchronous",
        "<Manager> sessionBackupAsync=\"true\": memcached-session-manager writes after the response; TomcatCompat writes before the request completes (within operationTimeout), so the next request on any node sees the change");

    public static readonly DiagnosticDescriptor SettingNoEffect = new(
        "TC4706", DiagnosticSeverity.Info, "Store manager setting has no effect",
        "<Manager> {0}=\"{1}\" has no effect in TomcatCompat: {2}");

    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> Catalog = new(() =>
    [
        .. typeof(StoreDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ]);

    /// <summary>Every descriptor, ordered by code (for docs and the catalog test).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Catalog.Value;
}
