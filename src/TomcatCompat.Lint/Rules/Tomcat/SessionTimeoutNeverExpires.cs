using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2650: web.xml <c>&lt;session-timeout&gt;</c> of 0 or less: sessions never expire (Tomcat stores
/// -1, tomcat-cluster.md §17.2). Every abandoned session stays in memory until restart, and in a
/// DeltaManager cluster on every node, so memory grows without bound.
/// </summary>
internal sealed class SessionTimeoutNeverExpires : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2650", DiagnosticSeverity.Warning, "sessions never expire",
        "<session-timeout> \"{0}\" means sessions never expire, so every abandoned session stays in memory (on every node of a cluster) until restart; give a number of minutes such as 30 (Tomcat's default)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (file, root) in WebXmlDocuments.All(context))
        {
            foreach (var config in WebXmlDocuments.Children(root, "session-config"))
            {
                foreach (var timeout in WebXmlDocuments.Children(config, "session-timeout"))
                {
                    var text = timeout.Value.Trim();
                    if (JavaText.TryParseInt(text, out var minutes) && minutes <= 0)
                        diagnostics.Add(Rule, WebXmlDocuments.At(file, timeout), text);
                }
            }
        }
    }
}
