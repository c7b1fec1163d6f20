using System.Text.RegularExpressions;

namespace TomcatCompat.Lint.Output;

/// <summary>
/// Masks secrets in source lines the text report quotes (BalancerMember <c>secret=</c>, Connector
/// <c>secret="…"</c>, <c>encryptionKey</c>, passwords, the Server <c>shutdown</c> word): a lint run in CI
/// must not print them into a build log.
/// </summary>
internal static partial class SecretMask
{
    public static string Apply(string line) => SecretValue().Replace(line, m =>
        m.Groups["key"].Value.Equals("secretRequired", StringComparison.OrdinalIgnoreCase)
            ? m.Value // a flag, not a secret
            : m.Groups["key"].Value + m.Groups["eq"].Value + Masked(m.Groups["value"].Value));

    private static string Masked(string value) =>
        value.Length > 1 && (value[0] == '"' || value[0] == '\'') ? value[0] + "***" + value[0] : "***";

    [GeneratedRegex(@"(?<key>\b[\w.]*(?:secret|password|encryptionKey|keystorePass|truststorePass|shutdown)\w*)(?<eq>\s*=\s*)(?<value>""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
