using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// Finds each Host's web applications as Tomcat's HostConfig deploys them: server.xml
/// <c>&lt;Context&gt;</c>s, descriptors in conf/&lt;Engine&gt;/&lt;Host&gt;/, then every directory
/// (and unexpanded WAR) of appBase; then layers conf/context.xml, context.xml.default, the app's own
/// context.xml, conf/web.xml and WEB-INF/web.xml into one <see cref="WebApp"/> each.
/// </summary>
internal static class WebappDiscovery
{
    public static ImmutableArray<WebApp> Discover(
        TomcatReadContext ctx, SourceReader reader, NodeSpec node, string nodeBase, ImmutableArray<ExplicitContext> explicitContexts)
    {
        var fs = reader.FileSystem;
        var conf = nodeBase + "/conf";
        var globalWeb = fs.FileExists(conf + "/web.xml") ? WebXmlReader.ReadFile(ctx, reader, conf + "/web.xml") : null;
        var defaults = fs.FileExists(conf + "/context.xml") ? ContextXmlReader.ReadFile(ctx, reader, conf + "/context.xml") ?? ContextSettings.Empty : ContextSettings.Empty;
        var apps = new List<WebApp>();
        foreach (var host in node.Hosts)
        {
            var xmlBase = $"{conf}/{node.EngineName}/{host.Name}";
            var hostDefaults = fs.FileExists(xmlBase + "/context.xml.default")
                ? defaults.Over(ContextXmlReader.ReadFile(ctx, reader, xmlBase + "/context.xml.default") ?? ContextSettings.Empty)
                : defaults;
            var appBase = Resolve(reader, nodeBase, host.AppBase);
            foreach (var entry in Entries(ctx, reader, host, appBase, xmlBase, explicitContexts))
                apps.Add(Build(ctx, reader, host.Name, entry, hostDefaults.Over(entry.Settings), globalWeb));
        }

        apps.Sort((a, b) => (string.CompareOrdinal(a.Host, b.Host), string.CompareOrdinal(a.ContextPath, b.ContextPath)) switch
        {
            (0, var c) => c,
            (var c, _) => c,
        });
        return [.. apps];
    }

    /// <summary>"ROOT" → "", "shop#v2" → "/shop/v2", "app##3" → "/app" (Tomcat's ContextName).</summary>
    public static string ContextPath(string baseName)
    {
        var version = baseName.IndexOf("##", StringComparison.Ordinal);
        if (version >= 0)
            baseName = baseName[..version];
        return baseName is "ROOT" or "" ? "" : "/" + baseName.Replace('#', '/');
    }

    /// <summary>
    /// appBase/docBase: relative to <paramref name="baseDir"/>; an absolute path is looked up under the
    /// import root first (a copied tree), else taken as it is.
    /// </summary>
    public static string Resolve(SourceReader reader, string baseDir, string path)
    {
        if (!path.StartsWith('/'))
            return PathText.Combine(baseDir, path);
        var underRoot = PathText.Normalize(reader.Root.TrimEnd('/') + path);
        return reader.FileSystem.DirectoryExists(underRoot) || reader.FileSystem.FileExists(underRoot) ? underRoot : PathText.Normalize(path);
    }

    private static List<ContextEntry> Entries(
        TomcatReadContext ctx, SourceReader reader, HostSpec host, string appBase, string xmlBase, ImmutableArray<ExplicitContext> explicitContexts)
    {
        var fs = reader.FileSystem;
        var entries = new List<ContextEntry>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Add(ContextEntry e)
        {
            if (paths.Add(e.Path))
                entries.Add(e);
        }

        foreach (var c in explicitContexts.Where(c => c.Host == host.Name))
        {
            var path = c.Settings.Path is null or "/" ? "" : c.Settings.Path;
            Add(new ContextEntry(path, c.Settings.DocBase is { } d ? Resolve(reader, appBase, d) : null, c.Settings));
        }

        foreach (var file in Sorted(fs, xmlBase).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) && fs.FileExists(f)))
        {
            var baseName = PathText.FileName(file)[..^4];
            var settings = ContextXmlReader.ReadFile(ctx, reader, file) ?? ContextSettings.Empty;
            Add(new ContextEntry(ContextPath(baseName), Resolve(reader, appBase, settings.DocBase ?? baseName), settings));
        }

        var listing = Sorted(fs, appBase);
        foreach (var dir in listing.Where(fs.DirectoryExists))
        {
            var metaInf = dir + "/META-INF/context.xml";
            var path = ContextPath(PathText.FileName(dir));
            if (paths.Contains(path))
                continue;
            var settings = fs.FileExists(metaInf) ? ContextXmlReader.ReadFile(ctx, reader, metaInf) ?? ContextSettings.Empty : ContextSettings.Empty;
            Add(new ContextEntry(path, dir, settings));
        }

        foreach (var war in listing.Where(f => f.EndsWith(".war", StringComparison.Ordinal) && fs.FileExists(f)))
        {
            var path = ContextPath(PathText.FileName(war)[..^4]);
            if (paths.Contains(path))
                continue;
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedWar, new SourceSpan(reader.DisplayPath(war), 1), reader.DisplayPath(war));
            Add(new ContextEntry(path, war, ContextSettings.Empty));
        }

        return entries;
    }

    private static WebApp Build(TomcatReadContext ctx, SourceReader reader, string host, ContextEntry entry, ContextSettings settings, WebXmlSettings? global)
    {
        var webXml = entry.DocBase + "/WEB-INF/web.xml";
        var app = entry.DocBase is not null && reader.FileSystem.FileExists(webXml) ? WebXmlReader.ReadFile(ctx, reader, webXml) : null;
        return new WebApp
        {
            Host = host,
            ContextPath = entry.Path,
            DocBase = entry.DocBase is null ? null : reader.DisplayPath(entry.DocBase),
            Distributable = app?.Distributable ?? false,
            SessionTimeoutMinutes = app?.SessionTimeout ?? global?.SessionTimeout ?? 30,
            CookieName = settings.SessionCookieName ?? app?.CookieName ?? global?.CookieName ?? "JSESSIONID",
            CookiePath = settings.SessionCookiePath ?? app?.CookiePath ?? global?.CookiePath,
            CookieDomain = settings.SessionCookieDomain ?? app?.CookieDomain ?? global?.CookieDomain,
            // HttpOnly is set when web.xml asks for it or Context@useHttpOnly (default true) does (§17.2).
            CookieHttpOnly = (settings.UseHttpOnly ?? true) || (app?.CookieHttpOnly ?? global?.CookieHttpOnly ?? false),
            CookieSecure = app?.CookieSecure ?? global?.CookieSecure,
            CookieMaxAge = app?.CookieMaxAge ?? global?.CookieMaxAge,
            TrackingModes = app is { TrackingModes.Length: > 0 } ? app.TrackingModes : global?.TrackingModes ?? [],
            Cookies = settings.Cookies ?? true,
            Manager = settings.Manager,
            Valves = settings.Valves,
            Source = app?.Source ?? settings.Source ?? new SourceSpan(entry.DocBase is null ? "" : reader.DisplayPath(entry.DocBase), 0, 0),
        };
    }

    private static List<string> Sorted(IConfigFileSystem fs, string dir)
    {
        if (!fs.DirectoryExists(dir))
            return [];
        var list = fs.ListDirectory(dir).Select(PathText.Normalize).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
