using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.ModJk;

/// <summary>
/// mod_jk's <c>$(name)</c> substitution in property values (jk_map.c): an earlier property with
/// exactly that key, else the process environment; an unknown name stays literally; inserted text is
/// not scanned again; at most <see cref="MaxSubstitutions"/> references per value.
/// </summary>
internal static class VariableExpander
{
    public const int MaxSubstitutions = 20;

    public static string Expand(
        string key,
        string value,
        SourceSpan span,
        WorkersProperties properties,
        IConfigFileSystem fileSystem,
        DiagnosticBag diagnostics)
    {
        var start = value.IndexOf("$(", StringComparison.Ordinal);
        if (start < 0)
            return value;

        var sb = new StringBuilder(value.Length + 32);
        var pos = 0;
        var count = 0;
        while (start >= 0)
        {
            var close = value.IndexOf(')', start + 2);
            if (close < 0)
                break;
            if (++count > MaxSubstitutions)
            {
                diagnostics.Add(ConfigDiagnostics.JkTooManySubstitutions, span, key, MaxSubstitutions);
                break;
            }

            var name = value[(start + 2)..close];
            var replacement = properties.Get(name)?.Value ?? fileSystem.GetEnvironmentVariable(name);
            sb.Append(value, pos, start - pos);
            if (replacement is null)
            {
                diagnostics.Add(ConfigDiagnostics.JkUndefinedVariable, span, name);
                sb.Append(value, start, close + 1 - start);
            }
            else
            {
                sb.Append(replacement);
            }

            pos = close + 1;
            start = value.IndexOf("$(", pos, StringComparison.Ordinal);
        }

        sb.Append(value, pos, value.Length - pos);
        return sb.ToString();
    }
}
