using System.Text;

namespace TomcatCompat.Config.Httpd.Preprocessing;

/// <summary>
/// httpd's ${NAME} substitution (ap_resolve_env) on a whole logical line before tokenising: only
/// the ${...} form with a closing brace, no nesting, no recursion; unknown names stay as written.
/// Lookup: Define value → envvars file → process environment.
/// </summary>
internal sealed class VariableExpander
{
    private readonly DefineScope _defines;
    private readonly IReadOnlyDictionary<string, string> _envVars;
    private readonly Func<string, string?> _environment;

    public VariableExpander(DefineScope defines, IReadOnlyDictionary<string, string> envVars, Func<string, string?> environment)
    {
        _defines = defines;
        _envVars = envVars;
        _environment = environment;
    }

    /// <summary>Expands <paramref name="text"/>; <paramref name="undefined"/> receives names left as written.</summary>
    public string Expand(string text, List<string> undefined)
    {
        var at = text.IndexOf("${", StringComparison.Ordinal);
        if (at < 0)
            return text;
        var sb = new StringBuilder(text.Length + 32);
        var pos = 0;
        while (at >= 0)
        {
            var close = text.IndexOf('}', at + 2);
            if (close < 0)
                break;
            var name = text[(at + 2)..close];
            var value = name.Length == 0 ? null : Lookup(name);
            sb.Append(text, pos, at - pos);
            if (value is null)
            {
                sb.Append(text, at, close + 1 - at);
                // httpd stays quiet for names with ':' (RewriteMap's ${map:key}).
                if (name.Length > 0 && !name.Contains(':'))
                    undefined.Add(name);
            }
            else
            {
                sb.Append(value);
            }

            pos = close + 1;
            at = text.IndexOf("${", pos, StringComparison.Ordinal);
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    private string? Lookup(string name) =>
        _defines.ValueOf(name) ?? _envVars.GetValueOrDefault(name) ?? _environment(name);
}
