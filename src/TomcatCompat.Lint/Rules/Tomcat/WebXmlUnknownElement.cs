using System.Collections.Frozen;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2652: an element web.xml does not define, directly under <c>&lt;web-app&gt;</c>,
/// <c>&lt;session-config&gt;</c> or <c>&lt;cookie-config&gt;</c>. Tomcat does not validate web.xml by
/// default and simply ignores it (tomcat-cluster.md §17.3), so <c>&lt;distributible/&gt;</c> silently
/// leaves the app without replication and <c>&lt;session-timout&gt;</c> silently keeps 30 minutes.
/// Names are case-sensitive. Elements deeper down (servlet, filter…) are not checked.
/// </summary>
internal sealed class WebXmlUnknownElement : ILintRule
{
    // Servlet 2.3 (DTD) to 6.0 (Jakarta EE 10) children of <web-app>, including the JNDI groups.
    private static readonly FrozenSet<string> WebApp = new[]
    {
        "description", "display-name", "icon", "distributable", "context-param", "filter", "filter-mapping", "listener",
        "servlet", "servlet-mapping", "session-config", "mime-mapping", "welcome-file-list", "error-page", "taglib",
        "jsp-config", "security-constraint", "login-config", "security-role", "env-entry", "ejb-ref", "ejb-local-ref",
        "service-ref", "resource-ref", "resource-env-ref", "message-destination-ref", "persistence-context-ref",
        "persistence-unit-ref", "post-construct", "pre-destroy", "data-source", "jms-connection-factory", "jms-destination",
        "mail-session", "connection-factory", "administered-object", "context-service", "managed-executor",
        "managed-scheduled-executor", "managed-thread-factory", "message-destination", "locale-encoding-mapping-list",
        "module-name", "absolute-ordering", "deny-uncovered-http-methods", "default-context-path",
        "request-character-encoding", "response-character-encoding",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SessionConfig =
        new[] { "session-timeout", "cookie-config", "tracking-mode" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CookieConfig =
        new[] { "name", "domain", "path", "comment", "http-only", "secure", "max-age", "attribute" }.ToFrozenSet(StringComparer.Ordinal);

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2652", DiagnosticSeverity.Warning, "unknown web.xml element",
        "<{0}> is not a web.xml element inside <{1}>, and Tomcat ignores it without a word{2}");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, root) in WebXmlDocuments.All(context))
        {
            foreach (var child in root.Elements())
            {
                Check(diagnostics, file, child, "web-app", WebApp);
                if (child.Name.LocalName != "session-config")
                    continue;
                foreach (var inner in child.Elements())
                {
                    Check(diagnostics, file, inner, "session-config", SessionConfig);
                    if (inner.Name.LocalName != "cookie-config")
                        continue;
                    foreach (var cookie in inner.Elements())
                        Check(diagnostics, file, cookie, "cookie-config", CookieConfig);
                }
            }
        }
    }

    private static void Check(DiagnosticBag diagnostics, Config.Text.SourceFile file, XElement element, string parent, FrozenSet<string> known)
    {
        var name = element.Name.LocalName;
        if (known.Contains(name))
            return;
        var advice = EditDistance.Nearest(name, known) is { } near ? $"; did you mean <{near}>?" : "; remove it or move it where it belongs";
        diagnostics.Add(Rule, WebXmlDocuments.At(file, element), name, parent, advice);
    }
}
