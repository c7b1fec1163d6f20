using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// What the external store managers need beyond their attribute table: the settings they cannot start
/// without, their value lists, MSM's node lists, and Redisson's configPath YAML, whose server settings
/// become <c>redisson.*</c> attributes of the Manager (TC2700–TC2708).
/// </summary>
internal static class StoreManagerReader
{
    private static readonly string[] ReadModes = ["REDIS", "MEMORY"];
    private static readonly string[] UpdateModes = ["DEFAULT", "AFTER_REQUEST"];
    private static readonly string[] PersistPolicies = ["DEFAULT", "SAVE_ON_CHANGE", "ALWAYS_SAVE_AFTER_REQUEST"];

    /// <summary>The Manager with its checked settings; <paramref name="inCluster"/> when it is a <c>&lt;Cluster&gt;</c>'s.</summary>
    public static ComponentSpec Complete(TomcatReadContext ctx, XElement element, ComponentSpec manager, bool inCluster)
    {
        if (!StoreManagerClasses.IsStoreKind(manager.Kind))
            return manager;
        if (inCluster)
            ctx.Report(ConfigDiagnostics.StoreManagerInCluster, element, manager.Kind);
        var a = manager.Attributes;
        switch (manager.Kind)
        {
            case "RedissonSessionManager":
                a = OneOf(ctx, element, a, "readMode", ReadModes, "REDIS");
                a = OneOf(ctx, element, a, "updateMode", UpdateModes, "DEFAULT");
                a = a.SetItems(Redisson(ctx, element, a.GetValueOrDefault("configPath")));
                break;
            case "RedisSessionManager":
                var policies = a.GetValueOrDefault("sessionPersistPolicies", "DEFAULT").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (policies.FirstOrDefault(p => !PersistPolicies.Contains(p)) is { } bad)
                {
                    ctx.Report(ConfigDiagnostics.StoreManagerValueInvalid, element, "sessionPersistPolicies", bad, string.Join(", ", PersistPolicies), "DEFAULT");
                    a = a.SetItem("sessionPersistPolicies", "DEFAULT");
                }

                break;
            default:
                a = Memcached(ctx, element, a);
                break;
        }

        return manager with { Attributes = a };
    }

    /// <summary>RedisSessionManager's valve must sit in the same Context (its startInternal looks for it).</summary>
    public static void CheckValve(TomcatReadContext ctx, XElement contextElement, ComponentSpec? manager, IEnumerable<ValveSpec> valves)
    {
        if (manager?.Kind == "RedisSessionManager" && !valves.Any(v => v.Kind == "RedisSessionHandlerValve"))
            ctx.Report(ConfigDiagnostics.RedisSessionHandlerValveMissing, contextElement.Elements().FirstOrDefault(e => TomcatReadContext.Name(e) == "Manager") ?? contextElement);
    }

    private static IEnumerable<KeyValuePair<string, string>> Redisson(TomcatReadContext ctx, XElement element, string? configPath)
    {
        if (string.IsNullOrEmpty(configPath))
        {
            ctx.Report(ConfigDiagnostics.StoreManagerSettingMissing, element, "RedissonSessionManager", "configPath", "set configPath=\"${catalina.base}/conf/redisson.yaml\" and write the server address there");
            return [];
        }

        if (ctx.Reader is not { } reader)
            return [];
        var candidates = new[] { PathText.Combine(reader.Root, configPath.TrimStart('/')), configPath };
        var path = candidates.FirstOrDefault(reader.FileSystem.FileExists);
        if (path is null)
        {
            ctx.Report(ConfigDiagnostics.RedissonConfigUnreadable, element, configPath, "does not exist (looked under the import root too)");
            return [];
        }

        var file = reader.Read(path, ctx.At(element), ctx.Diagnostics);
        return file is null ? [] : RedissonConfigReader.Read(file, ctx.Diagnostics).Add("redisson.configFile", reader.DisplayPath(path));
    }

    private static ImmutableSortedDictionary<string, string> Memcached(
        TomcatReadContext ctx, XElement element, ImmutableSortedDictionary<string, string> a)
    {
        var nodes = a.GetValueOrDefault("memcachedNodes");
        if (string.IsNullOrWhiteSpace(nodes))
        {
            ctx.Report(ConfigDiagnostics.StoreManagerSettingMissing, element, element.Attribute("className")?.Value ?? "memcached-session-manager", "memcachedNodes",
                "set memcachedNodes=\"n1:127.0.0.1:11211\"");
            return a;
        }

        var entries = nodes.Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ids = new List<string>();
        foreach (var entry in entries)
        {
            var parts = entry.Split(':');
            var valid = parts.Length == 3 ? parts[0].Length > 0 && Port(parts[2]) : parts.Length == 2 && entries.Length == 1 && Port(parts[1]);
            if (!valid)
                ctx.Report(ConfigDiagnostics.MemcachedNodesInvalid, element, entry);
            else if (parts.Length == 3)
                ids.Add(parts[0]);
        }

        if (a.GetValueOrDefault("failoverNodes") is { Length: > 0 } failover)
        {
            var named = failover.Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (named.FirstOrDefault(n => !ids.Contains(n)) is { } unknown)
                ctx.Report(ConfigDiagnostics.FailoverNodesInvalid, element, failover, $"names \"{unknown}\", which is no node id of memcachedNodes", "list ids from memcachedNodes, e.g. failoverNodes=\"n1\"");
            else if (ids.Count > 0 && ids.All(named.Contains))
                ctx.Report(ConfigDiagnostics.FailoverNodesInvalid, element, failover, "lists every node", "leave at least one node that is not a failover node");
        }

        var locking = a.GetValueOrDefault("lockingMode", "none");
        if (locking is not ("none" or "all" or "auto") && !locking.StartsWith("uriPattern:", StringComparison.Ordinal))
        {
            ctx.Report(ConfigDiagnostics.StoreManagerValueInvalid, element, "lockingMode", locking, "none, all, auto, uriPattern:<regex>", "none");
            a = a.SetItem("lockingMode", "none");
        }

        return a;
    }

    private static ImmutableSortedDictionary<string, string> OneOf(
        TomcatReadContext ctx, XElement element, ImmutableSortedDictionary<string, string> a, string name, string[] allowed, string fallback)
    {
        var value = a.GetValueOrDefault(name, fallback);
        if (allowed.Contains(value))
            return a;
        ctx.Report(ConfigDiagnostics.StoreManagerValueInvalid, element, name, value, string.Join(", ", allowed), fallback);
        return a.SetItem(name, fallback);
    }

    private static bool Port(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536;
}
