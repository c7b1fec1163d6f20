using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Cluster.Sessions;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.SessionStores.Diagnostics;
using TomcatCompat.SessionStores.Memcached;
using TomcatCompat.SessionStores.Redis;
using TomcatCompat.SessionStores.Stores;

namespace TomcatCompat.SessionStores.Configuration;

/// <summary>
/// A store <c>&lt;Manager&gt;</c> (its effective attributes, as the Config readers left them) → a
/// <see cref="StoreSessionManager"/> over Redis or memcached. What is not reproduced is a TC47xx
/// diagnostic; settings the readers already reported as errors give null (the node does not start).
/// </summary>
internal static class StoreManagerFactory
{
    /// <summary>True when <paramref name="manager"/> names a store manager this factory builds.</summary>
    public static bool IsStoreManager(ComponentSpec? manager) => StoreManagerClasses.IsStoreKind(manager?.Kind);

    public static StoreManagerBuild? Create(
        ComponentSpec manager, string name, int maxInactiveInterval, string? jvmRoute, DiagnosticBag diagnostics, Action<string>? log = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var a = manager.Attributes;
        var options = new StoreManagerOptions
        {
            Name = name,
            ClassName = manager.ClassName,
            MaxInactiveInterval = maxInactiveInterval,
            MaxActiveSessions = Int(a, "maxActiveSessions", -1),
        };
        var ids = new SessionIdGenerator(16, jvmRoute);
        switch (manager.Kind)
        {
            case "RedissonSessionManager":
                if (!a.TryGetValue("redisson.addresses", out var addresses))
                    return null;
                if (a.GetValueOrDefault("broadcastSessionEvents") == "true")
                    diagnostics.Add(StoreDiagnostics.SessionEventsNotBroadcast, manager.Source);
                var memory = a.GetValueOrDefault("readMode") == "MEMORY";
                if (memory)
                    diagnostics.Add(StoreDiagnostics.MemoryModeChecksVersion, manager.Source);
                var redisson = new RedisStoreSettings
                {
                    Mode = a.GetValueOrDefault("redisson.mode") switch { "sentinel" => RedisServerMode.Sentinel, "cluster" => RedisServerMode.Cluster, _ => RedisServerMode.Single },
                    Endpoints = [.. addresses.Split(',')],
                    SentinelMaster = a.GetValueOrDefault("redisson.masterName"),
                    Database = Int(a, "redisson.database", 0),
                    Username = a.GetValueOrDefault("redisson.username"),
                    Password = a.GetValueOrDefault("redisson.password"),
                    TimeoutMs = Int(a, "redisson.timeout", 3000),
                    ConnectTimeoutMs = Int(a, "redisson.connectTimeout", 10000),
                    KeyPrefix = a.GetValueOrDefault("keyPrefix", "") + "redisson:tomcat_session:",
                };
                options = options with
                {
                    ReadPolicy = memory ? StoreReadPolicy.LocalValidated : StoreReadPolicy.EveryRequest,
                    WriteAllAttributes = a.GetValueOrDefault("updateMode") == "AFTER_REQUEST",
                };
                return new(new StoreSessionManager(options, new RedisSessionStore(redisson), ids, log, time), ReplicationFilter.None, false);
            case "RedisSessionManager":
                return new(new StoreSessionManager(
                    options with { WriteAllAttributes = a.GetValueOrDefault("sessionPersistPolicies", "").Contains("ALWAYS_SAVE_AFTER_REQUEST", StringComparison.Ordinal) },
                    new RedisSessionStore(RedisSessionManagerSettings(manager, diagnostics)), ids, log, time), ReplicationFilter.None, false);
            default:
                return Memcached(manager, options, ids, diagnostics, log, time);
        }
    }

    private static RedisStoreSettings RedisSessionManagerSettings(ComponentSpec manager, DiagnosticBag diagnostics)
    {
        var a = manager.Attributes;
        if (a.GetValueOrDefault("serializationStrategyClass") is { } serializer && serializer != "com.orangefunction.tomcat.redissessions.JavaSerializer")
            diagnostics.Add(StoreDiagnostics.SettingNoEffect, manager.Source, "serializationStrategyClass", serializer, "attribute values are stored as the node's bytes");
        var sentinels = a.GetValueOrDefault("sentinels") is { Length: > 0 } s
            ? s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()
            : [];
        return new RedisStoreSettings
        {
            Mode = sentinels.IsEmpty ? RedisServerMode.Single : RedisServerMode.Sentinel,
            Endpoints = sentinels.IsEmpty ? [a.GetValueOrDefault("host", "localhost") + ":" + Int(a, "port", 6379).ToString(CultureInfo.InvariantCulture)] : sentinels,
            SentinelMaster = a.GetValueOrDefault("sentinelMaster"),
            Database = Int(a, "database", 0),
            Password = a.GetValueOrDefault("password"),
            TimeoutMs = Int(a, "timeout", 2000),
            ConnectTimeoutMs = Int(a, "timeout", 2000),
        };
    }

    private static StoreManagerBuild? Memcached(ComponentSpec manager, StoreManagerOptions options, SessionIdGenerator ids, DiagnosticBag diagnostics, Action<string>? log, TimeProvider time)
    {
        var a = manager.Attributes;
        var failover = (a.GetValueOrDefault("failoverNodes") ?? "").Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sticky = a.GetValueOrDefault("sticky", "true") == "true";
        var nodes = ParseNodes(a.GetValueOrDefault("memcachedNodes") ?? "", sticky ? failover : []);
        if (nodes.IsEmpty)
            return null;
        if (!sticky)
        {
            diagnostics.Add(StoreDiagnostics.NoBackupNode, manager.Source);
            if (failover.Length > 0)
                diagnostics.Add(StoreDiagnostics.FailoverNodesIgnored, manager.Source, a["failoverNodes"]);
            if (a.GetValueOrDefault("lockingMode", "none") is var locking and not "none")
                diagnostics.Add(StoreDiagnostics.LockingModeNotReproduced, manager.Source, locking);
        }

        if (a.GetValueOrDefault("sessionBackupAsync", "true") == "true")
            diagnostics.Add(StoreDiagnostics.BackupNotAsync, manager.Source);
        if (a.GetValueOrDefault("memcachedProtocol", "text") is var protocol and not "text")
            diagnostics.Add(StoreDiagnostics.SettingNoEffect, manager.Source, "memcachedProtocol", protocol, "TomcatCompat speaks memcached's text protocol, which every memcached also serves");
        var filter = ReplicationFilter.None;
        if (a.GetValueOrDefault("requestUriIgnorePattern") is { Length: > 0 } pattern)
        {
            filter = ReplicationFilter.Create(pattern, out var error);
            if (error is not null)
                diagnostics.Add(StoreDiagnostics.SettingNoEffect, manager.Source, "requestUriIgnorePattern", pattern, "it is not a valid regular expression (" + error + "), so every request is written");
        }

        var timeout = TimeSpan.FromMilliseconds(Math.Max(1, Int(a, "operationTimeout", 1000)));
        var client = new MemcachedClient(nodes, timeout, time);
        options = options with
        {
            ReadPolicy = sticky ? StoreReadPolicy.LocalSticky : StoreReadPolicy.EveryRequest,
            RequestUriIgnorePattern = a.GetValueOrDefault("requestUriIgnorePattern"),
            IdSuffix = () => MemcachedNodeIds.SuffixFor(client),
        };
        // Sticky MSM renames a session that arrives with another Tomcat's jvmRoute, as JvmRouteBinderValve does.
        return new(new StoreSessionManager(options, new MemcachedSessionStore(client), ids, log, time), filter, sticky);
    }

    /// <summary><c>n1:host:port,n2:host:port</c> (or one <c>host:port</c>, id <c>n1</c>); entries the reader rejected are skipped.</summary>
    internal static ImmutableArray<MemcachedNode> ParseNodes(string memcachedNodes, IReadOnlyCollection<string> failoverIds)
    {
        var result = ImmutableArray.CreateBuilder<MemcachedNode>();
        var entries = memcachedNodes.Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in entries)
        {
            var parts = entry.Split(':');
            var (id, host, port) = parts.Length == 3 ? (parts[0], parts[1], parts[2]) : parts.Length == 2 && entries.Length == 1 ? ("n1", parts[0], parts[1]) : ("", "", "");
            if (id.Length > 0 && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536)
                result.Add(new MemcachedNode(id, host, p, failoverIds.Contains(id)));
        }

        return result.ToImmutable();
    }

    private static int Int(ImmutableSortedDictionary<string, string> a, string name, int fallback) =>
        a.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
