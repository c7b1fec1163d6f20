using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>Balancer parameters with httpd's error texts (httpd-proxy.md §2.7).</summary>
internal static class BalancerParameterParser
{
    private static readonly FrozenSet<string> Keys = FrozenSet.ToFrozenSet(
        ["lbmethod", "stickysession", "stickysessionsep", "scolonpathdelim", "nofailover", "maxattempts", "timeout",
            "failonstatus", "failontimeout", "nonce", "growth", "forcerecovery"],
        StringComparer.Ordinal);

    /// <summary>lbmethod name → the module that provides it.</summary>
    private static readonly FrozenDictionary<string, string> LbMethodModules = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["byrequests"] = "lbmethod_byrequests",
        ["bytraffic"] = "lbmethod_bytraffic",
        ["bybusyness"] = "lbmethod_bybusyness",
        ["heartbeat"] = "lbmethod_heartbeat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKey(string key) => Keys.Contains(key);

    public static void Apply(BalancerSettings b, string key, string value, in ParamSite site)
    {
        b.Parameters[key] = value;
        if (!Keys.Contains(key))
        {
            var hint = key.StartsWith("hc", StringComparison.Ordinal) || key is "route" or "loadfactor" or "retry" or "status" or "lbset" or "redirect"
                ? $"; it is a worker parameter: put it on the BalancerMember lines"
                : "; check the spelling against the mod_proxy_balancer parameters";
            site.Context.Diagnostics.Add(ConfigDiagnostics.UnknownBalancerParameter, site.Span, site.Directive, key, hint);
            return;
        }

        var error = ApplyCore(b, key, value, site);
        if (error is not null)
        {
            site.Context.Diagnostics.Add(ConfigDiagnostics.BadBalancerParameter, site.Span, site.Directive, key, value, error);
        }
    }

    private static string? ApplyCore(BalancerSettings b, string key, string value, in ParamSite site)
    {
        switch (key)
        {
            case "lbmethod":
                var method = value.ToLowerInvariant();
                if (!LbMethodModules.TryGetValue(method, out var module)
                    || (site.Context.KnowsModules && !site.Context.IsLoaded(module)))
                {
                    return "unknown lbmethod";
                }

                if (method == "heartbeat")
                {
                    site.Context.Diagnostics.Add(ConfigDiagnostics.UnsupportedLbMethod, site.Span, value, "mod_lbmethod_heartbeat balances on multicast heartbeats");
                }

                b.LbMethod = method;
                return null;
            case "stickysession":
                var names = value.Split('|');
                for (var i = 0; i < names.Length; i++)
                {
                    if (names[i].Length > 63)
                    {
                        site.Context.Diagnostics.Add(ConfigDiagnostics.StickySessionTruncated, site.Span, site.Directive, names[i]);
                        names[i] = names[i][..63];
                    }
                }

                b.StickySession = [.. names.Take(2)];
                return null;
            case "stickysessionsep":
                if (value.Equals("off", StringComparison.OrdinalIgnoreCase))
                {
                    b.StickySessionSep = null;
                }
                else if (value.Length == 1)
                {
                    b.StickySessionSep = value;
                }
                else
                {
                    return "stickysessionsep must be a single character or Off";
                }

                b.StickySessionSepSet = true;
                return null;
            case "scolonpathdelim":
                return WorkerParameterParser.OnOff(value, "scolonpathdelim must be On|Off", on => b.ScolonPathDelim = on);
            case "nofailover":
                return WorkerParameterParser.OnOff(value, "failover must be On|Off", on => b.NoFailover = on);
            case "failontimeout":
                return WorkerParameterParser.OnOff(value, "failontimeout must be On|Off", on => b.FailOnTimeout = on);
            case "forcerecovery":
                return WorkerParameterParser.OnOff(value, "forcerecovery must be On|Off", on => b.ForceRecovery = on);
            case "maxattempts":
                var max = WorkerParameterParser.Int(key, value, "", site);
                if (max < 0)
                {
                    return "maximum number of attempts must be a positive number";
                }

                b.MaxAttempts = max;
                return null;
            case "timeout":
                var timeout = WorkerParameterParser.Int(key, value, " seconds", site);
                if (timeout < 1)
                {
                    return "timeout must be at least one second";
                }

                b.Timeout = timeout;
                return null;
            case "failonstatus":
                var codes = new List<int>();
                foreach (var part in value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    var code = ParamText.Atoi(part, out _);
                    if (code is < 100 or > 599)
                    {
                        return "failonstatus must be one or more HTTP response codes";
                    }

                    codes.Add(code);
                }

                if (codes.Count == 0)
                {
                    return "failonstatus must be one or more HTTP response codes";
                }

                b.FailOnStatus.AddRange(codes);
                return null;
            case "nonce":
                if (value.Length >= 37)
                {
                    return "Provided nonce is too large";
                }

                b.Nonce = value;
                return null;
            case "growth":
                var growth = WorkerParameterParser.Int(key, value, "", site);
                if (growth is < 1 or > 100)
                {
                    return "growth must be between 1 and 100";
                }

                b.Growth = growth;
                return null;
            default:
                return null;
        }
    }

    /// <summary>Lowercased <c>balancer://name</c> with any path dropped (httpd-proxy.md §2.4).</summary>
    public static string BalancerName(string url, out bool hadPath)
    {
        var rest = url["balancer://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        hadPath = slash >= 0 && slash < rest.Length - 1;
        return "balancer://" + (slash < 0 ? rest : rest[..slash]).ToLowerInvariant();
    }

    public static bool IsBalancerUrl(string url) => url.StartsWith("balancer://", StringComparison.OrdinalIgnoreCase);
}
