using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// server.xml (§16): Server → Service (Executor, Connector) → Engine (Cluster, Realm, Valve) →
/// Host (Alias, Cluster, Valve, Context). Unknown elements warn and are skipped with their subtree,
/// as Tomcat's digester does.
/// </summary>
internal static class ServerXmlReader
{
    public static (NodeSpec Node, ImmutableArray<ExplicitContext> Contexts) Read(TomcatReadContext ctx, XElement root, string folderName)
    {
        var server = ctx.Component(root, "Server", ClassSlot.Server, "org.apache.catalina.core.StandardServer")!;
        var a = server.Attributes;
        var portOffset = ClusterDefaults.Int(a, "portOffset", 0);
        var shutdownPort = ClusterDefaults.Int(a, "port", 8005);
        if (shutdownPort is < -1 or > 65535)
            ctx.Report(ConfigDiagnostics.PortOutOfRange, root.Attribute("port") ?? (XObject)root, "Server", "port", a["port"], -1);
        var node = new NodeSpec
        {
            Name = folderName,
            ShutdownPort = shutdownPort > 0 ? shutdownPort + portOffset : shutdownPort,
            ShutdownAddress = a.GetValueOrDefault("address", "localhost"),
            ShutdownCommand = a.GetValueOrDefault("shutdown", "SHUTDOWN"),
            PortOffset = portOffset,
            Source = ctx.At(root),
        };
        var contexts = new List<ExplicitContext>();
        var connectors = new List<Connector>();
        var executors = new List<ComponentSpec>();
        var serviceSeen = false;
        foreach (var child in root.Elements())
        {
            var name = TomcatReadContext.Name(child);
            switch (name)
            {
                case "Listener":
                    ctx.Component(child, "Server/Listener", ClassSlot.LifecycleListener, null);
                    break;
                case "GlobalNamingResources":
                    break;
                case "Service":
                    var service = ReadService(ctx, child, portOffset, connectors, executors, contexts);
                    if (!serviceSeen)
                        node = service(node);
                    serviceSeen = true;
                    break;
                case "Cluster":
                    ctx.Report(ConfigDiagnostics.ClusterMisplaced, child, "Server/Cluster");
                    break;
                default:
                    ctx.Report(ConfigDiagnostics.UnknownElement, child, name, "Server/" + name);
                    break;
            }
        }

        node = node with { Connectors = [.. connectors], Executors = [.. executors] };
        return (node with { Name = node.JvmRoute ?? folderName }, [.. contexts]);
    }

    /// <summary>A Valve on Engine/Host/Context; null when its className is missing.</summary>
    public static ValveSpec? ReadValve(TomcatReadContext ctx, XElement element, string path)
    {
        var c = ctx.Component(element, path, ClassSlot.Valve, null, "org.apache.catalina.valves.AccessLogValve");
        return c is null ? null : new ValveSpec { ClassName = c.ClassName, Kind = c.Kind, Attributes = c.Attributes, Source = c.Source };
    }

    private static Func<NodeSpec, NodeSpec> ReadService(
        TomcatReadContext ctx, XElement service, int portOffset, List<Connector> connectors, List<ComponentSpec> executors, List<ExplicitContext> contexts)
    {
        var s = ctx.Component(service, "Server/Service", ClassSlot.Service, "org.apache.catalina.core.StandardService")!;
        var names = new HashSet<string>(StringComparer.Ordinal);
        Func<NodeSpec, NodeSpec> engine = n => n;
        var engineSeen = false;
        foreach (var child in service.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var path = "Server/Service/" + name;
            switch (name)
            {
                case "Listener":
                    ctx.Component(child, path, ClassSlot.LifecycleListener, null);
                    break;
                case "Executor":
                    if (ctx.Component(child, path, ClassSlot.Executor, "org.apache.catalina.core.StandardThreadExecutor") is { } executor)
                    {
                        executors.Add(executor);
                        if (executor.Attributes.GetValueOrDefault("name") is { } en)
                            names.Add(en);
                    }

                    break;
                case "Connector":
                    connectors.Add(ConnectorReader.Read(ctx, child, portOffset, names));
                    break;
                case "Engine":
                    ClusterReader.Once(ctx, child, engineSeen ? child : null, path);
                    engine = EngineReader.Read(ctx, child, contexts);
                    engineSeen = true;
                    break;
                default:
                    ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path);
                    break;
            }
        }

        if (!engineSeen)
            ctx.Report(ConfigDiagnostics.NoEngine, service);
        var serviceName = s.Attributes.GetValueOrDefault("name", "Catalina");
        return n => engine(n with { ServiceName = serviceName });
    }

    public static int Port(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? p : 0;
}
