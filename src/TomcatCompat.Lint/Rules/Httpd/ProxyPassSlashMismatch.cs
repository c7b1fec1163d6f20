using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2158: a ProxyPass whose path ends with "/" and whose URL does not, or the reverse. httpd
/// appends the rest of the URI after the matched path to the URL as is (httpd-proxy.md §2.3 rule 6):
/// <c>ProxyPass /app/ balancer://c</c> turns <c>/app/x</c> into <c>balancer://cx</c>, and
/// <c>ProxyPass /app http://b/</c> turns <c>/app/x</c> into <c>http://b//x</c>.
/// </summary>
internal sealed class ProxyPassSlashMismatch : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2158", DiagnosticSeverity.Warning, "ProxyPass trailing-slash mismatch",
        "ProxyPass path \"{0}\" {1} with \"/\" but URL \"{2}\" {3}, so \"{4}\" is forwarded as \"{5}\"; end both or neither with \"/\"");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var m in CrossFileFacts.Safe(context.Topology.Mounts))
        {
            if (!HttpdFacts.IsPrefixProxyPass(m) || m.Exclude || m.Target is not { Length: > 0 } url || url.Contains('$'))
                continue;
            var pathSlash = m.Path.EndsWith('/');
            if (pathSlash == url.EndsWith('/'))
                continue;
            var example = pathSlash ? m.Path + "x" : m.Path + "/x";
            var forwarded = url + example[m.Path.Length..];
            diagnostics.Add(Rule, CrossFileFacts.At(m.Source), m.Path, pathSlash ? "ends" : "does not end",
                url, pathSlash ? "does not" : "does", example, forwarded);
        }
    }
}
