using System.Collections.Frozen;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// web.xml (§17) in any of its namespaces (none, J2EE, Java EE at java.sun.com and
/// xmlns.jcp.org, Jakarta EE): <c>&lt;distributable/&gt;</c>, <c>session-config</c> with
/// session-timeout, cookie-config and tracking-mode.
/// </summary>
internal static class WebXmlReader
{
    private static readonly FrozenSet<string> Namespaces = new[]
    {
        "", "http://java.sun.com/xml/ns/j2ee", "http://java.sun.com/xml/ns/javaee",
        "http://xmlns.jcp.org/xml/ns/javaee", "https://jakarta.ee/xml/ns/jakartaee",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modes = new[] { "COOKIE", "URL", "SSL" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads a web.xml file; null when it cannot be read or has no &lt;web-app&gt; root.</summary>
    public static WebXmlSettings? ReadFile(TomcatReadContext parent, SourceReader reader, string fullPath)
    {
        var file = reader.Read(fullPath, new SourceSpan(reader.DisplayPath(fullPath), 1), parent.Diagnostics);
        if (file is null)
            return null;
        var ctx = parent.For(file);
        return ctx.LoadRoot("web.xml", "web-app") is { } root ? Read(ctx, root) : null;
    }

    public static WebXmlSettings Read(TomcatReadContext ctx, XElement root)
    {
        if (!Namespaces.Contains(root.Name.NamespaceName))
            ctx.Report(ConfigDiagnostics.UnknownWebXmlNamespace, root, root.Name.NamespaceName);
        var result = new WebXmlSettings { Source = ctx.At(root) };
        var sessionConfigs = 0;
        foreach (var child in root.Elements())
        {
            switch (TomcatReadContext.Name(child))
            {
                case "distributable":
                    result = result with { Distributable = true };
                    break;
                case "session-config":
                    if (++sessionConfigs > 1)
                        ctx.Report(ConfigDiagnostics.DuplicateSessionConfig, child);
                    else
                        result = ReadSessionConfig(ctx, child, result);
                    break;
            }
        }

        return result;
    }

    private static WebXmlSettings ReadSessionConfig(TomcatReadContext ctx, XElement config, WebXmlSettings result)
    {
        var modes = new List<string>();
        foreach (var child in config.Elements().Where(e => !XmlLoader.IsTruncated(e)))
        {
            switch (TomcatReadContext.Name(child))
            {
                case "session-timeout":
                    var text = ctx.Text(child);
                    if (JavaText.TryParseInt(text, out var minutes))
                        result = result with { SessionTimeout = minutes };
                    else
                        ctx.Report(ConfigDiagnostics.SessionTimeoutInvalid, child, text);
                    break;
                case "cookie-config":
                    result = ReadCookieConfig(ctx, child, result);
                    break;
                case "tracking-mode":
                    var mode = ctx.Text(child);
                    if (Modes.Contains(mode))
                        modes.Add(mode);
                    else
                        ctx.Report(ConfigDiagnostics.TrackingModeInvalid, child, mode);
                    break;
            }
        }

        if (modes.Contains("SSL") && modes.Exists(m => m != "SSL"))
            ctx.Report(ConfigDiagnostics.SslTrackingModeCombined, config);
        return modes.Count == 0 ? result : result with { TrackingModes = [.. modes.Distinct(StringComparer.Ordinal)] };
    }

    private static WebXmlSettings ReadCookieConfig(TomcatReadContext ctx, XElement cookie, WebXmlSettings result)
    {
        foreach (var child in cookie.Elements().Where(e => !XmlLoader.IsTruncated(e)))
        {
            var text = ctx.Text(child);
            result = TomcatReadContext.Name(child) switch
            {
                "name" => result with { CookieName = text },
                "path" => result with { CookiePath = text },
                "domain" => result with { CookieDomain = text },
                "http-only" => result with { CookieHttpOnly = Bool(ctx, child, text) },
                "secure" => result with { CookieSecure = Bool(ctx, child, text) },
                "max-age" => result with { CookieMaxAge = MaxAge(ctx, child, text) },
                _ => result,
            };
        }

        return result;
    }

    private static bool Bool(TomcatReadContext ctx, XElement element, string text)
    {
        if (!JavaText.IsBoolWord(text))
            ctx.Report(ConfigDiagnostics.WebXmlBadValue, element, TomcatReadContext.Name(element), text, "true or false", "false");
        return JavaText.ParseBool(text);
    }

    private static int? MaxAge(TomcatReadContext ctx, XElement element, string text)
    {
        if (JavaText.TryParseInt(text, out var seconds))
            return seconds;
        ctx.Report(ConfigDiagnostics.WebXmlBadValue, element, "max-age", text, "a whole number of seconds", "unset (-1, a browser-session cookie)");
        return null;
    }
}
