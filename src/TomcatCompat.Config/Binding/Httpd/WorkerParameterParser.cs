using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// Worker parameters of ProxyPass, BalancerMember and ProxySet-on-a-worker with httpd's parse kinds
/// and error texts (httpd-proxy.md §2.5).
/// </summary>
internal static class WorkerParameterParser
{
    // Parsed and range-checked but not reproduced by the emulator (TC4007).
    private static readonly FrozenSet<string> TuningOnly = FrozenSet.ToFrozenSet(
        ["min", "smax", "flushpackets", "flushwait", "receivebuffersize", "iobuffersize", "responsefieldsize", "upgrade", "addressttl", "flusher"],
        StringComparer.Ordinal);

    public static void Apply(WorkerSettings w, string key, string value, in ParamSite site)
    {
        w.Parameters[key] = value;
        if (HealthCheckBinder.IsKey(key))
        {
            if (site.Context.KnowsModules && !site.Context.IsLoaded("proxy_hcheck"))
            {
                site.Context.Diagnostics.Add(ConfigDiagnostics.HcheckNotLoaded, site.Span, site.Directive, key + "=" + value);
                return;
            }

            HealthCheckBinder.ApplyParameter(w.HealthCheck, key, value, site);
            return;
        }

        var error = ApplyCore(w, key, value, site);
        if (error is not null)
        {
            site.Context.Diagnostics.Add(ConfigDiagnostics.BadWorkerParameter, site.Span, site.Directive, key, value, error);
        }
        else if (TuningOnly.Contains(key))
        {
            site.Context.Diagnostics.Add(ConfigDiagnostics.UnsupportedWorkerParameter, site.Span, site.Directive, key, value);
        }
    }

    private static string? ApplyCore(WorkerSettings w, string key, string value, in ParamSite site)
    {
        switch (key)
        {
            case "loadfactor":
                var lf = ParamText.Atof(value, out var lfClean);
                var scaled = decimal.Truncate(lf * 100m);
                if (scaled is < 100m or > 10000m)
                {
                    return "LoadFactor must be a number between 1..100";
                }

                WarnJunk(lfClean, key, value, (scaled / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture), "", site);
                w.LoadFactor = scaled / 100m;
                return null;
            case "lbset":
                var lbset = Int(key, value, "", site);
                if (lbset is < 0 or > 99)
                {
                    return "lbset must be between 0 and 99";
                }

                w.LbSet = lbset;
                return null;
            case "route":
                return ShortString(value, "Route", s => w.Route = s);
            case "redirect":
                return ShortString(value, "Redirect", s => w.Redirect = s);
            case "secret":
                return ShortString(value, "Secret", s => w.Secret = s);
            case "flusher":
                return ShortString(value, "Flusher name", _ => { });
            case "status":
                var status = w.Status;
                var statusError = MemberStatusParser.Apply(value, ref status);
                w.Status = status;
                return statusError;
            case "retry":
                var retry = Int(key, value, " seconds", site);
                if (retry < 0)
                {
                    return "Retry must be a positive value";
                }

                w.Retry = retry;
                return null;
            case "timeout":
                var timeout = Int(key, value, " seconds", site);
                if (timeout < 1)
                {
                    return "Timeout must be at least one second";
                }

                w.Timeout = timeout;
                return null;
            case "connectiontimeout":
                return Time(value, TimeUnit.Seconds, "Connectiontimeout", ms => w.ConnectionTimeoutMs = ms);
            case "ping":
                return Time(value, TimeUnit.Seconds, "Ping/Pong timeout", ms => w.PingMs = ms);
            case "acquire":
                return Time(value, TimeUnit.Milliseconds, "Acquire timeout", ms => w.AcquireMs = ms);
            case "min":
                return Int(key, value, "", site) < 0 ? "Min must be a positive number" : null;
            case "max":
                var max = Int(key, value, "", site);
                if (max < 0)
                {
                    return "Max must be a positive number";
                }

                w.Max = max;
                return null;
            case "smax":
                return Int(key, value, "", site) < 0 ? "Smax must be a positive value" : null;
            case "ttl":
                var ttl = Int(key, value, " seconds", site);
                if (ttl < 1)
                {
                    return "TTL must be at least one second";
                }

                w.Ttl = ttl;
                return null;
            case "keepalive":
                return OnOff(value, "KeepAlive must be On|Off", on => w.KeepAlive = on);
            case "disablereuse":
                return OnOff(value, "DisableReuse must be On|Off", on => w.DisableReuse = on);
            case "enablereuse":
                return OnOff(value, "EnableReuse must be On|Off", on => w.DisableReuse = !on);
            case "flushpackets":
                return value.ToLowerInvariant() is "on" or "off" or "auto" ? null : "flushpackets must be on|off|auto";
            case "flushwait":
                var fw = Int(key, value, " ms", site);
                return fw is < 0 or > 1000 ? "flushwait must be <= 1000, or 0 for system default of 10 millseconds." : null;
            case "receivebuffersize":
            case "iobuffersize":
                var size = Int(key, value, " bytes", site);
                return size is not 0 and < 512 ? (key == "iobuffersize" ? "IOBufferSize" : "ReceiveBufferSize") + " must be >= 512 bytes, or 0 for system default." : null;
            case "responsefieldsize":
                return Int(key, value, " bytes", site) < 0 ? "ResponseFieldSize must be greater than 0 bytes, or 0 for system default." : null;
            case "addressttl":
                return Int(key, value, " seconds", site) < -1 ? "Address TTL must be -1 or a number of seconds" : null;
            case "upgrade":
                return null;
            default:
                var hint = BalancerParameterParser.IsKey(key)
                    ? $"; it is a balancer parameter: set it on the balancer (ProxySet balancer://name {key}=..., or the <Proxy balancer://name> line)"
                    : "; check the spelling against the mod_proxy worker parameters";
                site.Context.Diagnostics.Add(ConfigDiagnostics.UnknownWorkerParameter, site.Span, site.Directive, key, hint);
                return null;
        }
    }

    internal static int Int(string key, string value, string unit, in ParamSite site)
    {
        var n = ParamText.Atoi(value, out var clean);
        WarnJunk(clean, key, value, ParamText.Format(n), unit, site);
        return n;
    }

    private static void WarnJunk(bool clean, string key, string value, string readAs, string unit, in ParamSite site)
    {
        if (!clean)
        {
            site.Context.Diagnostics.Add(ConfigDiagnostics.NumberWithJunk, site.Span, site.Directive, key, value, readAs, unit);
        }
    }

    internal static string? Time(string value, TimeUnit unit, string what, Action<int> set)
    {
        if (!ParamText.TryParseTime(value, unit, out var ms))
        {
            return what + " has wrong format";
        }

        if (ms < 1)
        {
            return what + " must be at least one millisecond.";
        }

        set((int)Math.Min(ms, int.MaxValue));
        return null;
    }

    private static string? ShortString(string value, string what, Action<string> set)
    {
        if (value.Length >= 64)
        {
            return what + " length must be < 64 characters";
        }

        set(value);
        return null;
    }

    internal static string? OnOff(string value, string error, Action<bool> set)
    {
        if (!ParamText.TryOnOff(value, out var on))
        {
            return error;
        }

        set(on);
        return null;
    }
}
