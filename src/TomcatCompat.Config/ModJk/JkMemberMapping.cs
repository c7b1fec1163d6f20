using System.Globalization;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.ModJk;

/// <summary>An ajp13 worker → <see cref="BalancerMember"/> (httpd-proxy.md §7.2, mapping in docs/support/mod_jk.md).</summary>
internal static class JkMemberMapping
{
    public const int DefaultPort = 8009;

    public static BalancerMember Map(JkWorker w, JkWorker? lb, int recoverTime, DiagnosticBag d)
    {
        var (host, port) = HostAndPort(w, d);
        var status = Activation(w, d);
        if (port == 0)
        {
            d.Add(ConfigDiagnostics.JkPortZero, w.Get("port")?.Span ?? w.Span, w.Name);
            status |= MemberStatus.Stopped;
        }

        var lbfactor = w.Int("lbfactor", 1, d);
        if (lbfactor < 1)
        {
            d.Add(ConfigDiagnostics.JkLbFactorTooSmall, w.Get("lbfactor")!.Span, w.Get("lbfactor")!.Value, w.Name);
            lbfactor = 1;
        }

        var distance = w.Int("distance", 0, d);
        if (distance != 0)
            d.Add(ConfigDiagnostics.JkDistanceApproximated, w.Get("distance")!.Span, distance, w.Name);

        var socketTimeout = w.Int("socket_timeout", 0, d);
        var replyTimeout = w.Int("reply_timeout", 0, d);
        var connectMs = w.Get("socket_connect_timeout") is null
            ? (socketTimeout > 0 ? socketTimeout * 1000 : (int?)null)
            : w.Int("socket_connect_timeout", socketTimeout * 1000, d);
        var poolSize = Optional(w, "connection_pool_size", d) ?? Optional(w, "cachesize", d);
        var poolTimeout = Optional(w, "connection_pool_timeout", d) ?? Optional(w, "cache_timeout", d);

        return new BalancerMember
        {
            Url = "ajp://" + (host.Contains(':') ? $"[{host}]" : host) + (port == DefaultPort ? "" : ":" + port.ToString(CultureInfo.InvariantCulture)),
            Scheme = "ajp",
            Host = host,
            Port = port,
            Route = w.String("route") ?? w.String("jvm_route") ?? w.Name,
            LoadFactor = lbfactor,
            LbSet = distance,
            Status = status,
            Redirect = w.String("redirect"),
            Retry = recoverTime,
            Timeout = socketTimeout > 0 ? socketTimeout : replyTimeout > 0 ? (replyTimeout + 999) / 1000 : null,
            ConnectionTimeoutMs = connectMs,
            PingMs = PingMs(w, d),
            AcquireMs = Optional(w, "connection_acquire_timeout", d),
            Max = poolSize,
            Ttl = poolTimeout,
            KeepAlive = w.Bool("socket_keepalive", false, d),
            Secret = w.String("secret") ?? lb?.String("secret"),
            Parameters = w.Parameters("ajp13").SetItem("worker", w.Name),
            Source = w.Span,
        };
    }

    private static (string Host, int Port) HostAndPort(JkWorker w, DiagnosticBag d)
    {
        var host = w.String("host") ?? "localhost";
        var port = w.Int("port", DefaultPort, d);
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            var rest = close < 0 ? "" : host[(close + 1)..];
            if (rest.StartsWith(':') && w.Get("port") is null && JkValues.TryParseInt(rest[1..], out var p))
                port = p;
            return (close < 0 ? host[1..] : host[1..close], port);
        }

        var colon = host.IndexOf(':');
        if (colon > 0 && colon == host.LastIndexOf(':'))
        {
            // host:port form; an explicit port= wins, as in mod_jk.
            if (w.Get("port") is null && JkValues.TryParseInt(host[(colon + 1)..], out var p))
                port = p;
            host = host[..colon];
        }

        return (host.ToLowerInvariant(), port);
    }

    private static MemberStatus Activation(JkWorker w, DiagnosticBag d)
    {
        char letter;
        if (w.Get("activation") is not null)
            letter = w.Letter("activation", "ADS", "A (active), D (disabled), S (stopped)", d);
        else if (w.Bool("stopped", false, d))
            letter = 'S';
        else
            letter = w.Bool("disabled", false, d) ? 'D' : 'A';

        switch (letter)
        {
            case 'D':
                d.Add(ConfigDiagnostics.JkDisabledSticky, (w.Get("activation") ?? w.Get("disabled"))!.Span, w.Name);
                return MemberStatus.Disabled;
            case 'S':
                return MemberStatus.Stopped;
            default:
                return MemberStatus.None;
        }
    }

    private static int PingMs(JkWorker w, DiagnosticBag d)
    {
        var mode = (w.String("ping_mode") ?? "").ToUpperInvariant();
        var unsupported = mode.Contains('A') ? "" : new string(mode.Where(c => c != 'P').ToArray());
        if (unsupported.Length > 0)
            d.Add(ConfigDiagnostics.JkPingModePartial, w.Get("ping_mode")!.Span, unsupported, w.Name);
        if (mode.Contains('P') || mode.Contains('A'))
            return w.Int("ping_timeout", 10_000, d);
        var prepost = w.Int("prepost_timeout", 0, d);
        return prepost > 0 ? prepost : 0;
    }

    private static int? Optional(JkWorker w, string attribute, DiagnosticBag d) =>
        w.Get(attribute) is null ? null : w.Int(attribute, 0, d);
}
