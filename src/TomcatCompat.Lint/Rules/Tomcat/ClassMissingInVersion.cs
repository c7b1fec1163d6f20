using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2550: a className that the <c>--tomcat-version</c> lint judges against (default 10.1) does
/// not ship, e.g. the Tomcat 8.0-era <c>MessageDispatch15Interceptor</c> (removed in 8.5.0).
/// Real Tomcat stops parsing server.xml with ClassNotFoundException and exits 1 (tomcat-cluster.md
/// §1.5, §18). The front end reports this itself (TC2405) only when the version was given
/// explicitly; this rule closes the gap and stays silent where TC2405 already fired.
/// </summary>
internal sealed class ClassMissingInVersion : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2550", DiagnosticSeverity.Error, "class missing in the target Tomcat version",
        "<{0}> className \"{1}\" does not exist in Tomcat {2} ({3}): Tomcat {2} refuses to start (ClassNotFoundException); {4}");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var version = TomcatFacts.Version(context.Options);
        var reported = new HashSet<SourceSpan>();
        foreach (var d in CrossFileFacts.Safe(context.Topology.Diagnostics))
        {
            if (d.Code == ConfigDiagnostics.ClassNotInVersion.Code)
                reported.Add(d.Span);
        }

        foreach (var node in CrossFileFacts.Safe(context.Topology.Nodes))
        {
            foreach (var (element, className, span) in Named(node))
            {
                if (ClassNameAliases.Find(className) is not { } info || info.AvailableIn(version) || !reported.Add(span))
                    continue;
                diagnostics.Add(Rule, CrossFileFacts.At(span, node.Source), element, className, version, info.AvailabilityNote(version), Advice(info, version));
            }
        }
    }

    private static string Advice(ClassInfo info, TomcatVersion version)
    {
        if (info.RemovedIn is { } removed && version >= removed)
        {
            var era = removed <= TomcatVersion.Of(8, 5, 0) ? "this is a Tomcat 8.0-era setting; " : "";
            return info.Successor is { } s ? $"{era}use {s}" : $"{era}remove it";
        }

        return $"remove it or run Tomcat {info.Since} or later";
    }

    /// <summary>Every explicitly written className of a node: cluster parts, executors, valves, context managers.</summary>
    private static IEnumerable<(string Element, string ClassName, SourceSpan Span)> Named(NodeSpec node)
    {
        foreach (var cluster in CrossFileFacts.Clusters(node))
        {
            if (cluster.Source.Line > 0)
                yield return ("Cluster", cluster.ClassName, cluster.Source);
            foreach (var (element, c) in TomcatFacts.Components(cluster))
            {
                if (!c.Implicit)
                    yield return (element, c.ClassName, c.Source);
            }
        }

        foreach (var e in CrossFileFacts.Safe(node.Executors))
            yield return ("Executor", e.ClassName, e.Source);
        foreach (var v in CrossFileFacts.Safe(node.Valves))
            yield return ("Valve", v.ClassName, v.Source);
        foreach (var host in CrossFileFacts.Safe(node.Hosts))
        {
            foreach (var v in CrossFileFacts.Safe(host.Valves))
                yield return ("Valve", v.ClassName, v.Source);
        }

        foreach (var webapp in CrossFileFacts.Safe(node.Webapps))
        {
            if (webapp.Manager is { Implicit: false } m)
                yield return ("Manager", m.ClassName, m.Source);
            foreach (var v in CrossFileFacts.Safe(webapp.Valves))
                yield return ("Valve", v.ClassName, v.Source);
        }
    }
}
