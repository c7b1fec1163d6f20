using System.Collections.Immutable;
using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Httpd;

/// <summary>
/// Debian's <c>/etc/apache2/envvars</c>: the shell file apache2ctl sources for ${APACHE_*}. Only the
/// simple forms are evaluated (<c>export NAME=value</c>, <c>NAME=value</c>, <c>export NAME</c>, quotes,
/// <c>$VAR</c>/<c>${VAR}</c> of earlier variables); the multi-instance <c>SUFFIX</c> block is computed
/// as Debian's script does; <c>if</c>/<c>fi</c>, <c>unset</c> and comments are ignored; anything else is
/// reported as info and skipped. Returns the exported variables.
/// </summary>
public static class EnvVarsFile
{
    public static ImmutableDictionary<string, string> Read(SourceReader reader, string path, DiagnosticBag diagnostics)
    {
        var file = reader.Read(path, SourceSpan.None(reader.DisplayPath(PathText.Normalize(path))), diagnostics);
        if (file is null)
            return ImmutableDictionary<string, string>.Empty;

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["SUFFIX"] = Suffix(reader, file) };
        var exported = new List<string>();
        var depth = 0;
        foreach (var line in HttpdLexer.Split(file.Text))
        {
            if (line.IsComment)
                continue;
            var text = line.Text;
            var span = file.Span(line.Line, line.Column);
            var first = text.Split([' ', '\t'], 2)[0];
            if (first is "if" or "while" or "for" or "case")
            {
                // Debian's only block computes SUFFIX from APACHE_CONFDIR, done above.
                if (depth == 0 && !text.Contains("APACHE_CONFDIR", StringComparison.Ordinal))
                    diagnostics.Add(ConfigDiagnostics.EnvVarsNotEvaluated, span, text);
                depth++;
                continue;
            }

            if (first is "fi" or "done" or "esac")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0 || first is "unset" or "else" or "then")
                continue;

            var isExport = first == "export";
            var assignment = isExport ? text[6..].Trim() : text;
            var eq = assignment.IndexOf('=');
            var name = eq < 0 ? assignment : assignment[..eq];
            if (!IsName(name) || (eq < 0 && !isExport))
            {
                diagnostics.Add(ConfigDiagnostics.EnvVarsNotEvaluated, span, text);
                continue;
            }

            if (eq >= 0)
            {
                var value = Evaluate(assignment[(eq + 1)..], values);
                if (value is null)
                {
                    diagnostics.Add(ConfigDiagnostics.EnvVarsNotEvaluated, span, text);
                    continue;
                }

                values[name] = value;
            }

            if (isExport && !exported.Contains(name))
                exported.Add(name);
        }

        return exported.Where(values.ContainsKey).ToImmutableDictionary(n => n, n => values[n], StringComparer.Ordinal);
    }

    // apache2ctl: SUFFIX is "-NAME" when APACHE_CONFDIR is /etc/apache2-NAME; APACHE_CONFDIR defaults to
    // the directory holding envvars.
    private static string Suffix(SourceReader reader, SourceFile file)
    {
        var confDir = reader.FileSystem.GetEnvironmentVariable("APACHE_CONFDIR") ?? PathText.Directory(file.FullPath);
        var dirName = PathText.FileName(confDir);
        return dirName.StartsWith("apache2-", StringComparison.Ordinal) ? "-" + dirName["apache2-".Length..] : "";
    }

    private static bool IsName(string s) =>
        s.Length > 0 && !char.IsAsciiDigit(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>A shell word with quotes and $VAR/${VAR}; null for anything fancier (command substitution, ${x##y}, spaces).</summary>
    private static string? Evaluate(string raw, Dictionary<string, string> values)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\'')
            {
                var end = raw.IndexOf('\'', i + 1);
                if (end < 0)
                    return null;
                sb.Append(raw, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                var end = raw.IndexOf('"', i + 1);
                if (end < 0 || Expand(raw[(i + 1)..end], values, sb) is false)
                    return null;
                i = end;
            }
            else if (c is ' ' or '\t' or ';' or '`' or '|' or '&' or '(' or ')' or '<' or '>')
            {
                return c is ' ' or '\t' or ';' && raw[i..].TrimStart(' ', '\t', ';').Length == 0 ? sb.ToString() : null;
            }
            else if (c == '$' || c == '\\')
            {
                var end = i + 1;
                while (end < raw.Length && raw[end] is not (' ' or '\t' or '"' or '\'' or ';'))
                    end++;
                if (!Expand(raw[i..end], values, sb))
                    return null;
                i = end - 1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // Expands $NAME and ${NAME} (unset = empty, as in sh); false for ${NAME op ...} and $(...).
    private static bool Expand(string text, Dictionary<string, string> values, StringBuilder sb)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                sb.Append(text[++i]);
                continue;
            }

            if (text[i] != '$' || i + 1 >= text.Length)
            {
                if (text[i] == '`')
                    return false;
                sb.Append(text[i]);
                continue;
            }

            string name;
            if (text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0)
                    return false;
                name = text[(i + 2)..close];
                i = close;
            }
            else
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                    end++;
                if (end == i + 1)
                    return false;
                name = text[(i + 1)..end];
                i = end - 1;
            }

            if (!IsName(name))
                return false;
            sb.Append(values.GetValueOrDefault(name, ""));
        }

        return true;
    }
}
