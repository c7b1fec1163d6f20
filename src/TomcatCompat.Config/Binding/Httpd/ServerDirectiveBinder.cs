using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>Per-server settings: names, proxy timeouts and headers, reverse rules, logs, hcheck definitions.</summary>
internal static class ServerDirectiveBinder
{
    private static readonly FrozenSet<string> Handled = FrozenSet.ToFrozenSet(
        ["proxypass", "proxypassmatch", "balancermember", "proxyset", "proxypassreverse", "proxypassreversecookiepath",
            "proxypassreversecookiedomain", "proxypreservehost", "proxyvia", "proxytimeout", "header", "customlog",
            "proxyhcexpr", "proxyhctemplate", "sethandler"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ForwardProxy = FrozenSet.ToFrozenSet(
        ["proxyremote", "proxyremotematch", "noproxy", "proxyblock", "proxydomain"], StringComparer.Ordinal);

    /// <summary>Directives this binder models; inside &lt;If&gt; they are reported as unsupported.</summary>
    public static bool IsHandled(string lowerName) => Handled.Contains(lowerName);

    public static void Bind(HttpdNode node, string name, ServerState server, in Frame frame, BindContext ctx)
    {
        var args = node.Args;
        switch (name)
        {
            case "servername" when args.Length > 0:
                server.ServerName = args[0];
                break;
            case "serveralias":
                server.ServerAliases.AddRange(args);
                break;
            case "proxypreservehost" when args.Length == 1 && ParamText.TryOnOff(args[0], out var preserve):
                server.ProxyPreserveHost = preserve;
                break;
            case "balancerinherit" when args.Length == 1 && ParamText.TryOnOff(args[0], out var bi):
                server.BalancerInherit = bi;
                break;
            case "proxypassinherit" when args.Length == 1 && ParamText.TryOnOff(args[0], out var pi):
                server.ProxyPassInherit = pi;
                break;
            case "proxyvia" when args.Length == 1:
                var via = args[0].ToLowerInvariant();
                if (via is "on" or "off" or "full" or "block")
                {
                    server.ProxyVia = char.ToUpperInvariant(via[0]) + via[1..];
                }
                else
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.BadProxyVia, node.Span, args[0]);
                }

                break;
            case "proxytimeout" when args.Length == 1:
                var seconds = ParamText.Atoi(args[0], out var clean);
                if (seconds < 1)
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.BadProxyTimeout, node.Span, args[0]);
                    break;
                }

                if (!clean)
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.NumberWithJunk, node.Span, "ProxyTimeout", "value", args[0], ParamText.Format(seconds), " seconds");
                }

                server.ProxyTimeout = seconds;
                break;
            case "timeout" when args.Length == 1:
                // httpd 2.4 core reads Timeout with atoi and never refuses it ("Timeout abc" passes -t).
                var timeout = ParamText.Atoi(args[0], out var timeoutClean);
                if (!timeoutClean || timeout < 1)
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.BadCoreTimeout, node.Span, args[0], ParamText.Format(timeout));
                }

                if (timeout >= 1)
                {
                    server.Timeout = timeout;
                }

                break;
            case "proxypassreverse":
            case "proxypassreversecookiepath":
            case "proxypassreversecookiedomain":
                BindReverse(node, name, server, frame, ctx);
                break;
            case "header":
                if (HeaderRuleParser.Parse(node, ctx.Diagnostics) is { } rule)
                {
                    server.Headers.Add(rule);
                }

                break;
            case "logformat" when args.Length == 2:
                server.LogFormats[args[1]] = args[0];
                break;
            case "customlog" when args.Length >= 2:
                if (args[0].StartsWith('|'))
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedPipedLog, node.Span, args[0]);
                }

                server.CustomLogs.Add((args[0], args[1], args.Length > 2 ? args[2] : null, node.Span));
                break;
            case "proxyhcexpr":
                HealthCheckBinder.BindExpression(node, server, ctx);
                break;
            case "proxyhctemplate":
                HealthCheckBinder.BindTemplate(node, server, ctx);
                break;
            case "proxyrequests" when args.Length == 1 && args[0].Equals("on", StringComparison.OrdinalIgnoreCase):
                ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedForwardProxy, node.Span, "ProxyRequests On");
                break;
            case "proxypassinterpolateenv" when args.Length == 1 && args[0].Equals("on", StringComparison.OrdinalIgnoreCase):
                ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedInterpolate, node.Span, "ProxyPassInterpolateEnv On");
                break;
            default:
                if (ForwardProxy.Contains(name))
                {
                    ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedForwardProxy, node.Span, node.Name);
                }

                break;
        }
    }

    private static void BindReverse(HttpdNode node, string name, ServerState server, in Frame frame, BindContext ctx)
    {
        var args = node.Args.ToList();
        var interpolate = args.Count > 0 && args[^1].Equals("interpolate", StringComparison.OrdinalIgnoreCase);
        if (interpolate)
        {
            args.RemoveAt(args.Count - 1);
            ctx.Diagnostics.Add(ConfigDiagnostics.UnsupportedInterpolate, node.Span, node.Name);
        }

        if (name == "proxypassreverse")
        {
            // Inside <Location> the public path is the Location's and only the URL is written.
            if (frame.Location is not null && args.Count == 1)
            {
                args.Insert(0, frame.Location);
            }

            if (args.Count != 2)
            {
                ctx.Diagnostics.Add(ConfigDiagnostics.ProxyPassMissingUrl, node.Span, "ProxyPassReverse");
                return;
            }

            server.Reverse.Add(new ReverseRule(args[0], args[1], interpolate, node.Span));
            return;
        }

        if (args.Count != 2)
        {
            ctx.Diagnostics.Add(ConfigDiagnostics.ProxyPassMissingUrl, node.Span, node.Name);
            return;
        }

        var list = name == "proxypassreversecookiepath" ? server.ReverseCookiePath : server.ReverseCookieDomain;
        list.Add(new ReverseRule(args[1], args[0], interpolate, node.Span));
    }
}
