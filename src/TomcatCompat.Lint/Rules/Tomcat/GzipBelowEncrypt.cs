using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2560: a GzipInterceptor listed after (below) the EncryptInterceptor. Interceptors run in
/// document order on the way out, so it compresses ciphertext, which does not compress: all the
/// CPU, none of the gain. Tomcat does not check this; compress-then-encrypt (Gzip above Encrypt)
/// is the sensible order (tomcat-cluster.md §11.3). Every node must use the same order, so
/// reordering means changing all nodes together.
/// </summary>
internal sealed class GzipBelowEncrypt : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2560", DiagnosticSeverity.Info, "GzipInterceptor below EncryptInterceptor",
        "GzipInterceptor is listed after EncryptInterceptor, so it compresses encrypted bytes, which do not shrink; list GzipInterceptor before EncryptInterceptor (on every node at once)");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var encrypted = false;
            foreach (var interceptor in CrossFileFacts.Safe(cluster.Channel.Interceptors))
            {
                var c = interceptor.Component;
                encrypted |= c.Kind == "EncryptInterceptor";
                if (encrypted && c.Kind == "GzipInterceptor")
                    diagnostics.Add(Rule, TomcatFacts.At(c, cluster, node));
            }
        }
    }
}
