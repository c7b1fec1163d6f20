using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// uriworkermap.properties (JkMountFile): one <c>pattern=worker[;ext=value...]</c> rule per line,
/// same comment and trimming rules as workers.properties (httpd-proxy.md §7.4).
/// </summary>
internal static class UriWorkerMapParser
{
    public static void Parse(SourceFile file, string scope, List<JkRule> rules, DiagnosticBag diagnostics)
    {
        foreach (var line in PropertiesLexer.Lex(file, diagnostics))
        {
            JkRuleText.Add(
                rules, scope, MountKind.UriWorkerMap, JkRuleSource.UriWorkerMap, line.Key, line.Value, exclude: false, line.Span, diagnostics);
        }
    }
}
