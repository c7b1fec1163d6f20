using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>ProxyPass / ProxyPassMatch word parsing with httpd's errors (httpd-proxy.md §2.2).</summary>
internal static class ProxyPassParser
{
    /// <summary>Null when httpd refuses the line (the reason is reported).</summary>
    /// <param name="location">The enclosing &lt;Location&gt; path (regex when <paramref name="locationIsRegex"/>), or null.</param>
    public static ProxyPassLine? Parse(HttpdNode node, bool isMatch, string? location, bool locationIsRegex, DiagnosticBag diagnostics)
    {
        var directive = isMatch ? "ProxyPassMatch" : "ProxyPass";
        var words = node.Args;
        var i = 0;
        var isRegex = isMatch;
        string path;
        if (location is not null)
        {
            path = location;
            isRegex = isRegex || locationIsRegex;
        }
        else
        {
            if (i < words.Length && words[i] == "~")
            {
                if (isMatch)
                {
                    diagnostics.Add(ConfigDiagnostics.ProxyPassMatchTilde, node.Span);
                    return null;
                }

                isRegex = true;
                i++;
            }

            if (i >= words.Length)
            {
                diagnostics.Add(ConfigDiagnostics.ProxyPassMissingUrl, node.Span, directive);
                return null;
            }

            path = words[i++];
        }

        if (i >= words.Length)
        {
            diagnostics.Add(ConfigDiagnostics.ProxyPassMissingUrl, node.Span, directive);
            return null;
        }

        var url = words[i++];
        if (location is not null && url.StartsWith('/'))
        {
            diagnostics.Add(ConfigDiagnostics.ProxyPassPathInLocation, node.Span, directive, url);
            return null;
        }

        var flags = ImmutableArray.CreateBuilder<string>();
        var parameters = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var ok = true;
        for (; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Equals("nocanon", StringComparison.OrdinalIgnoreCase)
                || word.Equals("interpolate", StringComparison.OrdinalIgnoreCase)
                || word.Equals("noquery", StringComparison.OrdinalIgnoreCase))
            {
                flags.Add(word.ToLowerInvariant());
            }
            else if (ParamText.TrySplitKeyValue(word, out var key, out var value))
            {
                parameters.Add(new(key, value));
            }
            else
            {
                diagnostics.Add(ConfigDiagnostics.ParameterNotKeyValue, node.Span, directive, word);
                ok = false;
            }
        }

        return ok ? new ProxyPassLine(path, isRegex, url, flags.ToImmutable(), parameters.ToImmutable()) : null;
    }

    /// <summary>An fnmatch-style &lt;Location&gt; path as the regex httpd builds from it (§2.2 item 9).</summary>
    public static string WildcardToRegex(string pattern)
    {
        var sb = new System.Text.StringBuilder("^");
        foreach (var c in pattern)
        {
            sb.Append(c switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                '[' or ']' => c.ToString(),
                _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()),
            });
        }

        return sb.ToString();
    }

    public static bool HasWildcard(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;
}
