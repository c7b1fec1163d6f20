using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// mod_headers <c>Header [always|onsuccess] action header [value] [replacement] [early|env=[!]var|expr=...]</c>,
/// enough for the <c>env=BALANCER_ROUTE_CHANGED</c> sticky-cookie recipe (httpd-proxy.md §3.9).
/// </summary>
internal static class HeaderRuleParser
{
    public static HeaderRule? Parse(HttpdNode node, DiagnosticBag diagnostics)
    {
        var words = node.Args;
        var i = 0;
        var condition = "onsuccess";
        if (i < words.Length && (words[i].Equals("always", StringComparison.OrdinalIgnoreCase) || words[i].Equals("onsuccess", StringComparison.OrdinalIgnoreCase)))
        {
            condition = words[i++].ToLowerInvariant();
        }

        if (i + 1 >= words.Length)
        {
            diagnostics.Add(ConfigDiagnostics.BadHeaderDirective, node.Span, node.RawArgs.Trim(), "it needs an action and a header name");
            return null;
        }

        var action = words[i++].ToLowerInvariant();
        var valueCount = action switch
        {
            "unset" or "echo" => 0,
            "edit" or "edit*" => 2,
            "set" or "append" or "merge" or "add" or "setifempty" or "note" => 1,
            _ => -1,
        };
        if (valueCount < 0)
        {
            diagnostics.Add(ConfigDiagnostics.BadHeaderDirective, node.Span, node.RawArgs.Trim(), $"first argument \"{words[i - 1]}\" must be add, set, append, merge, unset, echo, edit, edit*, setifempty or note");
            return null;
        }

        var name = words[i++];
        var rest = words.AsSpan()[i..];
        if (rest.Length < valueCount)
        {
            diagnostics.Add(ConfigDiagnostics.BadHeaderDirective, node.Span, node.RawArgs.Trim(), $"action \"{action}\" needs {valueCount} value(s)");
            return null;
        }

        var value = valueCount > 0 ? rest[0] : null;
        var extra = ImmutableArray.CreateBuilder<string>();
        if (valueCount == 2)
        {
            extra.Add(rest[1]);
        }

        string? env = null;
        foreach (var word in rest[valueCount..])
        {
            if (word.StartsWith("env=", StringComparison.OrdinalIgnoreCase))
            {
                env = word[4..];
            }
            else
            {
                extra.Add(word);
                if (word.Equals("early", StringComparison.OrdinalIgnoreCase) || word.StartsWith("expr=", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(ConfigDiagnostics.UnsupportedHeaderOption, node.Span, word);
                }
            }
        }

        return new HeaderRule(condition, action, name, value, env, node.Span) { Extra = extra.ToImmutable() };
    }
}
