using System.Collections.Frozen;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// A <c>&lt;Context&gt;</c> element (in server.xml or a context.xml file, §16.6): its session
/// settings, its <c>&lt;Manager&gt;</c> (default class StandardManager) and its valves.
/// </summary>
internal static class ContextXmlReader
{
    // Children Tomcat knows that do not affect what TomcatCompat reproduces.
    private static readonly FrozenSet<string> Quiet = new[]
    {
        "Listener", "Loader", "Resources", "Parameter", "Environment", "Resource", "ResourceLink",
        "ResourceEnvRef", "WatchedResource", "WrapperLifecycle", "WrapperListener", "JarScanner",
        "CookieProcessor", "InstanceListener", "Transaction", "Ejb", "LocalEjb", "ServiceRef",
        "MessageDestinationRef", "SessionCookie", "Realm", "JarScanFilter", "PreResources", "PostResources",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads a context.xml file; null when it cannot be read or parsed to a root.</summary>
    public static ContextSettings? ReadFile(TomcatReadContext parent, SourceReader reader, string fullPath)
    {
        var file = reader.Read(fullPath, new SourceSpan(reader.DisplayPath(fullPath), 1), parent.Diagnostics);
        if (file is null)
            return null;
        var ctx = parent.For(file);
        return ctx.LoadRoot("context.xml", "Context") is { } root ? Read(ctx, root, "Context") : null;
    }

    public static ContextSettings Read(TomcatReadContext ctx, XElement element, string path)
    {
        var context = ctx.Component(element, path, ClassSlot.Context, "org.apache.catalina.core.StandardContext");
        var a = context!.Attributes;
        ComponentSpec? manager = null;
        var valves = new List<ValveSpec>();
        foreach (var child in element.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var childPath = path + "/" + name;
            switch (name)
            {
                case "Manager":
                    ClusterReader.Once(ctx, child, manager, childPath);
                    manager = ctx.Component(child, childPath, ClassSlot.ContextManager, "org.apache.catalina.session.StandardManager") is { } m
                        ? StoreManagerReader.Complete(ctx, child, m, inCluster: false)
                        : manager;
                    break;
                case "Valve":
                    if (ServerXmlReader.ReadValve(ctx, child, childPath) is { } valve)
                        valves.Add(valve);
                    break;
                case "Realm":
                    ctx.Component(child, childPath, ClassSlot.Realm, null);
                    break;
                case "Cluster":
                    ctx.Report(ConfigDiagnostics.ClusterMisplaced, child, childPath);
                    break;
                default:
                    if (!Quiet.Contains(name))
                        ctx.Report(ConfigDiagnostics.UnknownElement, child, name, childPath);
                    break;
            }
        }

        StoreManagerReader.CheckValve(ctx, element, manager, valves);
        return new ContextSettings
        {
            Path = element.Attribute("path") is null ? null : a.GetValueOrDefault("path"),
            DocBase = element.Attribute("docBase") is null ? null : a.GetValueOrDefault("docBase"),
            Manager = manager,
            SessionCookieName = a.GetValueOrDefault("sessionCookieName"),
            SessionCookiePath = a.GetValueOrDefault("sessionCookiePath"),
            SessionCookieDomain = a.GetValueOrDefault("sessionCookieDomain"),
            UseHttpOnly = element.Attribute("useHttpOnly") is null ? null : a.GetValueOrDefault("useHttpOnly") == "true",
            Cookies = element.Attribute("cookies") is null ? null : a.GetValueOrDefault("cookies") == "true",
            Valves = [.. valves],
            Source = ctx.At(element),
        };
    }
}
