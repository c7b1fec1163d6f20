using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2559: an EncryptInterceptor <c>encryptionKey</c> that is not an AES key in hex: 32, 48 or 64
/// hex digits (16, 24 or 32 bytes). A key that is not hex is rejected by the setter and the
/// interceptor then has no key ("Encryption key is required"); a key of another length fails the
/// cipher at channel start. Either way the cluster, and so Tomcat, does not start
/// (tomcat-cluster.md §11.4). The key itself is never shown, only its length. A missing key is the
/// front end's TC2424; a non-AES algorithm is not judged.
/// </summary>
internal sealed class EncryptionKeyLength : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2559", DiagnosticSeverity.Error, "EncryptInterceptor key is not a 128/192/256-bit hex key",
        "<Interceptor> EncryptInterceptor encryptionKey {0}, but AES needs 32, 48 or 64 hex digits (16, 24 or 32 bytes), so the cluster does not start; generate one with, for example, openssl rand -hex 32");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            foreach (var interceptor in CrossFileFacts.Safe(cluster.Channel.Interceptors))
            {
                var c = interceptor.Component;
                if (c.Kind != "EncryptInterceptor" || CrossFileFacts.Attribute(c, "encryptionKey") is not { } raw || raw.Trim().Length == 0)
                    continue;
                var algorithm = CrossFileFacts.Attribute(c, "encryptionAlgorithm") ?? "AES";
                if (!algorithm.Trim().StartsWith("AES", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (Problem(raw.Trim()) is { } problem)
                    diagnostics.Add(Rule, TomcatFacts.At(c, cluster, node), problem);
            }
        }
    }

    private static string? Problem(string key)
    {
        foreach (var ch in key)
        {
            if (!char.IsAsciiHexDigit(ch))
                return $"has {key.Length} characters and is not hexadecimal";
        }

        return key.Length is 32 or 48 or 64 ? null : $"has {key.Length} hex digits";
    }
}
