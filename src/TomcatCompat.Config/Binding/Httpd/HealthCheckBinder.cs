using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>mod_proxy_hcheck (httpd-proxy.md §5): hc* worker parameters, ProxyHCExpr, ProxyHCTemplate.</summary>
internal static class HealthCheckBinder
{
    private static readonly FrozenSet<string> Methods = FrozenSet.ToFrozenSet(
        ["NONE", "TCP", "OPTIONS", "HEAD", "GET", "OPTIONS11", "HEAD11", "GET11", "CPING"], StringComparer.Ordinal);

    public static bool IsKey(string key) =>
        key is "hcmethod" or "hcuri" or "hcinterval" or "hcpasses" or "hcfails" or "hcexpr" or "hctemplate";

    public static void ApplyParameter(HealthCheckSettings hc, string key, string value, in ParamSite site)
    {
        var error = Apply(hc, key, value, site);
        if (error is not null)
        {
            site.Context.Diagnostics.Add(ConfigDiagnostics.BadWorkerParameter, site.Span, site.Directive, key, value, error);
        }
    }

    private static string? Apply(HealthCheckSettings hc, string key, string value, in ParamSite site)
    {
        switch (key)
        {
            case "hcmethod":
                var method = value.ToUpperInvariant();
                if (!Methods.Contains(method))
                {
                    return "Unknown method";
                }

                if (method == "CPING" && site.Context.KnowsModules && !site.Context.IsLoaded("proxy_ajp"))
                {
                    return "Health check method CPING not (yet) implemented";
                }

                hc.Method = method;
                return null;
            case "hcuri":
                if (value.Length >= 64)
                {
                    return "hcuri must be shorter than 64 characters";
                }

                hc.Uri = value;
                return null;
            case "hcinterval":
                if (!ParamText.TryParseTime(value, TimeUnit.Seconds, out var ms) || ms < 100)
                {
                    return "Interval must be a positive value greater than 100ms";
                }

                hc.IntervalMs = (int)Math.Min(ms, int.MaxValue);
                return null;
            case "hcpasses":
            case "hcfails":
                var n = WorkerParameterParser.Int(key, value, "", site);
                if (n < 0)
                {
                    return (key == "hcpasses" ? "Passes" : "Fails") + " must be a positive value";
                }

                if (key == "hcpasses")
                {
                    hc.Passes = n;
                }
                else
                {
                    hc.Fails = n;
                }

                return null;
            case "hcexpr":
                if (FindExpression(site, value) is null)
                {
                    site.Context.Diagnostics.Add(ConfigDiagnostics.UnknownHcExpr, site.Span, site.Directive, value);
                    return null;
                }

                hc.ExpressionName = value;
                return null;
            case "hctemplate":
                if (!site.Server.HcTemplates.TryGetValue(value, out var template))
                {
                    site.Context.Diagnostics.Add(ConfigDiagnostics.UnknownHcTemplate, site.Span, site.Directive, value);
                    return null;
                }

                hc.CopyFrom(template, value);
                return null;
            default:
                return null;
        }
    }

    private static string? FindExpression(in ParamSite site, string name) =>
        site.Server.HcExpressions.GetValueOrDefault(name);

    /// <summary>
    /// <c>ProxyHCExpr name {expr}</c>: read from the raw text because httpd splits it with
    /// ap_getword_conf2, where balanced braces quote like double quotes do.
    /// </summary>
    public static void BindExpression(HttpdNode node, ServerState server, BindContext ctx)
    {
        var raw = node.RawArgs.AsSpan().Trim();
        var name = NextWord(ref raw);
        var expr = NextWord(ref raw);
        if (name is null || expr is null)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.BadProxyHCExpr, node.Span, node.RawArgs.Trim(), "it needs a name and an expression");
            return;
        }

        if (!raw.IsEmpty)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.BadProxyHCExpr, node.Span, node.RawArgs.Trim(), "error: extra parameter(s); quote the expression or wrap it in {...}");
            return;
        }

        server.HcExpressions[name] = expr.Trim();
    }

    /// <summary>One word: "quoted", 'quoted', {balanced braces} or up to white space; null at the end.</summary>
    private static string? NextWord(ref ReadOnlySpan<char> raw)
    {
        raw = raw.TrimStart();
        if (raw.IsEmpty)
        {
            return null;
        }

        int end;
        string word;
        if (raw[0] == '{')
        {
            var depth = 0;
            end = 0;
            for (; end < raw.Length; end++)
            {
                depth += raw[end] == '{' ? 1 : raw[end] == '}' ? -1 : 0;
                if (depth == 0)
                {
                    break;
                }
            }

            word = raw[1..Math.Min(end, raw.Length)].ToString();
            end = Math.Min(end + 1, raw.Length);
        }
        else if (raw[0] is '"' or '\'')
        {
            var close = raw[1..].IndexOf(raw[0]);
            end = close < 0 ? raw.Length : close + 2;
            word = raw[1..(close < 0 ? raw.Length : close + 1)].ToString();
        }
        else
        {
            end = raw.IndexOfAny(' ', '\t');
            end = end < 0 ? raw.Length : end;
            word = raw[..end].ToString();
        }

        raw = raw[end..].TrimStart();
        return word;
    }

    /// <summary><c>ProxyHCTemplate name key=value ...</c>.</summary>
    public static void BindTemplate(HttpdNode node, ServerState server, BindContext ctx)
    {
        if (node.Args.Length < 1)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.ParameterNotKeyValue, node.Span, "ProxyHCTemplate", "");
            return;
        }

        var template = new HealthCheckSettings();
        var site = new ParamSite("ProxyHCTemplate", node.Span, server, ctx);
        foreach (var word in node.Args.AsSpan()[1..])
        {
            if (!ParamText.TrySplitKeyValue(word, out var key, out var value))
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.ParameterNotKeyValue, node.Span, "ProxyHCTemplate", word);
            }
            else if (!IsKey(key))
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.UnknownWorkerParameter, node.Span, "ProxyHCTemplate", key, "; a template takes only hc* parameters");
            }
            else if (key != "hctemplate")
            {
                ApplyParameter(template, key, value, site);
            }
        }

        server.HcTemplates[node.Args[0]] = template;
    }
}
