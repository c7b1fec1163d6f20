using System.Collections.Immutable;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary><c>&lt;Engine&gt;</c> and its <c>&lt;Host&gt;</c>s (§16.4, §16.5).</summary>
internal static class EngineReader
{
    private const string Path = "Server/Service/Engine";

    public static Func<NodeSpec, NodeSpec> Read(TomcatReadContext ctx, XElement engine, List<ExplicitContext> contexts)
    {
        var e = ctx.Component(engine, Path, ClassSlot.Engine, "org.apache.catalina.core.StandardEngine")!;
        var a = e.Attributes;
        foreach (var required in new[] { "name", "defaultHost" })
        {
            if (!a.ContainsKey(required))
                ctx.Report(ConfigDiagnostics.MissingAttribute, engine, "Engine", required, "Tomcat requires on an Engine");
        }

        ClusterSpec? cluster = null;
        var valves = new List<ValveSpec>();
        var hosts = new List<HostSpec>();
        foreach (var child in engine.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var path = Path + "/" + name;
            if (name == "Host")
                hosts.Add(ReadHost(ctx, child, contexts));
            else if (!ReadContainerChild(ctx, child, name, path, "Engine", Path, ref cluster, valves))
                ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path);
        }

        var defaultHost = a.GetValueOrDefault("defaultHost", "localhost");
        if (hosts.Count > 0 && !hosts.Exists(h => string.Equals(h.Name, defaultHost, StringComparison.OrdinalIgnoreCase)))
            ctx.Report(ConfigDiagnostics.UnknownDefaultHost, engine.Attribute("defaultHost") ?? (XObject)engine, defaultHost, string.Join(", ", hosts.Select(h => h.Name)));
        var jvmRoute = a.GetValueOrDefault("jvmRoute");
        return n => n with
        {
            EngineName = a.GetValueOrDefault("name", "Catalina"),
            DefaultHost = defaultHost,
            JvmRoute = string.IsNullOrEmpty(jvmRoute) ? null : jvmRoute,
            Cluster = cluster,
            Valves = [.. valves],
            Hosts = [.. hosts],
        };
    }

    /// <summary>The children every Tomcat Container (Engine, Host) accepts; false for anything else.</summary>
    private static bool ReadContainerChild(
        TomcatReadContext ctx, XElement child, string name, string path, string container, string containerPath, ref ClusterSpec? cluster, List<ValveSpec> valves)
    {
        switch (name)
        {
            case "Cluster":
                ClusterReader.Once(ctx, child, cluster, path);
                cluster = ClusterReader.Read(ctx, child, container, containerPath);
                return true;
            case "Realm":
                ctx.Component(child, path, ClassSlot.Realm, null);
                return true;
            case "Valve":
                if (ServerXmlReader.ReadValve(ctx, child, path) is { } valve)
                    valves.Add(valve);
                return true;
            case "Listener":
                ctx.Component(child, path, ClassSlot.LifecycleListener, null);
                return true;
            default:
                return false;
        }
    }

    private static HostSpec ReadHost(TomcatReadContext ctx, XElement host, List<ExplicitContext> contexts)
    {
        const string hostPath = Path + "/Host";
        var h = ctx.Component(host, hostPath, ClassSlot.Host, "org.apache.catalina.core.StandardHost")!;
        if (!h.Attributes.ContainsKey("name"))
            ctx.Report(ConfigDiagnostics.MissingAttribute, host, "Host", "name", "Tomcat requires on a Host");
        var hostName = h.Attributes.GetValueOrDefault("name", "localhost").ToLowerInvariant();
        ClusterSpec? cluster = null;
        var valves = new List<ValveSpec>();
        var aliases = new List<string>();
        foreach (var child in host.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var path = hostPath + "/" + name;
            if (name == "Alias")
                aliases.Add(ctx.Text(child).ToLowerInvariant());
            else if (name == "Context")
                contexts.Add(new ExplicitContext(hostName, ContextXmlReader.Read(ctx, child, path)));
            else if (!ReadContainerChild(ctx, child, name, path, "Host", hostPath, ref cluster, valves))
                ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path);
        }

        return new HostSpec
        {
            Name = hostName,
            AppBase = h.Attributes.GetValueOrDefault("appBase", "webapps"),
            Aliases = [.. aliases],
            Cluster = cluster,
            Valves = [.. valves],
            Attributes = h.Attributes,
            Source = ctx.At(host),
        };
    }
}
