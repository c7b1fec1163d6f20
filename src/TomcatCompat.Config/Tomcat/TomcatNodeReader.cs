using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Entry point of the Tomcat front end: one server.xml (with its sibling catalina.properties and
/// context.xml, and the webapps under each Host's appBase) becomes one <see cref="NodeSpec"/>.
/// </summary>
public static class TomcatNodeReader
{
    /// <summary>
    /// Reads <paramref name="serverXmlPath"/> (absolute). The node base is the parent of the conf/
    /// directory holding it. Returns null only when the file cannot be read; malformed XML still
    /// gives a node with what was read before the error.
    /// </summary>
    public static NodeSpec? Read(SourceReader reader, string serverXmlPath, TomcatOptions options, DiagnosticBag diagnostics)
    {
        serverXmlPath = PathText.Normalize(serverXmlPath);
        var file = reader.Read(serverXmlPath, new SourceSpan(reader.DisplayPath(serverXmlPath), 0, 0), diagnostics);
        if (file is null)
            return null;
        var confDir = PathText.Directory(serverXmlPath);
        var nodeBase = PathText.Directory(confDir);
        var folderName = PathText.FileName(nodeBase);
        var ctx = new TomcatReadContext(file, Properties(reader, confDir, nodeBase, options, diagnostics), Version(options, diagnostics), options.VersionExplicit, diagnostics) { Reader = reader };
        if (ctx.LoadRoot("server.xml", "Server") is not { } root)
            return new NodeSpec { Name = folderName, Source = file.Span(1) };

        var (node, contexts) = ServerXmlReader.Read(ctx, root, folderName);
        return node with { Webapps = WebappDiscovery.Discover(ctx, reader, node, nodeBase, contexts) };
    }

    /// <summary>A web.xml given on its own, not under a node's appBase; its context path comes from the
    /// directory above WEB-INF (ROOT → "").</summary>
    public static WebApp? ReadWebXml(SourceReader reader, string webXmlPath, DiagnosticBag diagnostics)
    {
        webXmlPath = PathText.Normalize(webXmlPath);
        var file = reader.Read(webXmlPath, new SourceSpan(reader.DisplayPath(webXmlPath), 0, 0), diagnostics);
        if (file is null)
            return null;
        var ctx = new TomcatReadContext(file, PropertySubstitution.None, TomcatVersion.Default, false, diagnostics);
        if (ctx.LoadRoot("web.xml", "web-app") is not { } root)
            return null;
        var web = WebXmlReader.Read(ctx, root);
        var dir = PathText.Directory(webXmlPath);
        var appDir = PathText.FileName(dir) == "WEB-INF" ? PathText.Directory(dir) : dir;
        return new WebApp
        {
            Host = "localhost",
            ContextPath = WebappDiscovery.ContextPath(PathText.FileName(appDir)),
            DocBase = reader.DisplayPath(appDir),
            Distributable = web.Distributable,
            SessionTimeoutMinutes = web.SessionTimeout ?? 30,
            CookieName = web.CookieName ?? "JSESSIONID",
            CookiePath = web.CookiePath,
            CookieDomain = web.CookieDomain,
            CookieHttpOnly = web.CookieHttpOnly,
            CookieSecure = web.CookieSecure,
            CookieMaxAge = web.CookieMaxAge,
            TrackingModes = web.TrackingModes,
            Source = web.Source,
        };
    }

    private static TomcatVersion Version(TomcatOptions options, DiagnosticBag diagnostics)
    {
        if (TomcatVersion.Parse(options.Version) is { } v)
            return v;
        diagnostics.Add(ConfigDiagnostics.BadTomcatVersion, SourceSpan.None("--tomcat-version"), options.Version);
        return TomcatVersion.Default;
    }

    /// <summary>
    /// System properties as Tomcat sees them: catalina.base/home, then --property values, then
    /// conf/catalina.properties, which overwrites a -D of the same name (§1.7).
    /// </summary>
    private static PropertySubstitution Properties(SourceReader reader, string confDir, string nodeBase, TomcatOptions options, DiagnosticBag diagnostics)
    {
        var props = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        // Relative to the import root like every other path in the topology, so the JSON names no host directory.
        var displayBase = reader.DisplayPath(nodeBase);
        props["catalina.base"] = displayBase;
        props["catalina.home"] = displayBase;
        foreach (var (k, v) in options.Properties)
            props[k] = v;
        var catalinaProperties = confDir + "/catalina.properties";
        if (reader.FileSystem.FileExists(catalinaProperties) &&
            reader.Read(catalinaProperties, new SourceSpan(reader.DisplayPath(catalinaProperties), 1), diagnostics) is { } file)
        {
            foreach (var (k, v) in CatalinaProperties.Parse(file, diagnostics))
                props[k] = v;
        }

        var version = TomcatVersion.Parse(options.Version) ?? TomcatVersion.Default;
        var defaultsSupported = version >= TomcatVersion.Of(9, 0, 35) || (version.Major == 8 && version >= TomcatVersion.Of(8, 5, 55));
        return new PropertySubstitution(props.ToImmutable(), reader.FileSystem.GetEnvironmentVariable, defaultsSupported);
    }
}
