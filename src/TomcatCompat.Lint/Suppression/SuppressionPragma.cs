using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TomcatCompat.Lint.Suppression;

/// <summary>
/// One <c>tomcatcompat ignore=CODE[,CODE…]</c> pragma (hadolint/shellcheck style): a full-line
/// <c># …</c> comment in httpd and properties files or an <c>&lt;!-- … --&gt;</c> comment in XML.
/// It covers the lines of the next directive, property or element; the <c>global</c> form covers
/// the whole file.
/// </summary>
public sealed partial record SuppressionPragma(ImmutableHashSet<string> Codes, int FromLine, int ToLine, bool Global)
{
    public bool Covers(string code, int line) =>
        Codes.Contains(code) && (Global || (line >= FromLine && line <= ToLine));

    /// <summary>Parses the codes of a pragma comment body, or null when the text is not a pragma.</summary>
    internal static (ImmutableHashSet<string> Codes, bool Global)? ParseBody(string commentBody)
    {
        var m = PragmaText().Match(commentBody);
        if (!m.Success)
            return null;
        var codes = m.Groups["codes"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (codes.Select(c => c.ToUpperInvariant()).ToImmutableHashSet(StringComparer.Ordinal), m.Groups["global"].Success);
    }

    [GeneratedRegex(@"^\s*tomcatcompat\s+(?<global>global\s+)?ignore\s*=\s*(?<codes>TC\d{4}(\s*,\s*TC\d{4})*)", RegexOptions.IgnoreCase)]
    private static partial Regex PragmaText();
}
