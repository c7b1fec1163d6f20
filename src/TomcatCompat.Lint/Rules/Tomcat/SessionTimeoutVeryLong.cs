using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2651: web.xml <c>&lt;session-timeout&gt;</c> above one day (1440 minutes). Abandoned sessions
/// then pile up for days; with DeltaManager every node holds every session, and a node that
/// joins receives them all in its state transfer (tomcat-cluster.md §5.2, §17.2). Advice only:
/// some applications want it, and the "remember me" cookie is the usual better tool.
/// </summary>
internal sealed class SessionTimeoutVeryLong : ILintRule
{
    private const int OneDay = 1440;

    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2651", DiagnosticSeverity.Info, "very long session-timeout",
        "<session-timeout> \"{0}\" keeps idle sessions for {1} days, and a cluster holds and transfers all of them on every node; keep it at a few hours at most and use a persistent login cookie for long-lived logins");

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
                    if (JavaText.TryParseInt(text, out var minutes) && minutes > OneDay)
                        diagnostics.Add(Rule, WebXmlDocuments.At(file, timeout), text, (minutes / (double)OneDay).ToString("0.#", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
