using System.Collections.Frozen;
using TomcatCompat.Ajp.Client;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// An <c>ajp://</c> member's worker parameters (httpd-proxy.md §2.5) as the AJP client's options, and
/// the parameters it does not reproduce (TC4418).
/// </summary>
internal static class AjpMemberOptions
{
    /// <summary>Parameters the pool does not reproduce, with what happens instead.</summary>
    private static readonly FrozenDictionary<string, string> Unsupported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["min"] = "no connections are opened ahead of requests",
        ["smax"] = "idle connections are kept up to max and closed only after ttl",
        ["flushpackets"] = "every AJP body chunk is passed on as it arrives, as with flushpackets=auto",
        ["flushwait"] = "every AJP body chunk is passed on as it arrives, as with flushpackets=auto",
        ["iobuffersize"] = "AJP packets are 8192 bytes, the size Tomcat's packetSize defaults to",
        ["receivebuffersize"] = "the operating system's socket buffer size is used",
        ["responsefieldsize"] = "response headers are limited only by the AJP packet size",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static AjpClientOptions From(BalancerMember member, int defaultTimeoutSeconds)
    {
        var read = TimeSpan.FromSeconds(Math.Max(1, member.Timeout ?? defaultTimeoutSeconds));
        return new AjpClientOptions
        {
            Secret = string.IsNullOrEmpty(member.Secret) ? null : member.Secret,
            Ping = member.PingMs > 0 ? TimeSpan.FromMilliseconds(member.PingMs) : null,
            ReadTimeout = read,
            ConnectTimeout = member.ConnectionTimeoutMs is int ms and > 0 ? TimeSpan.FromMilliseconds(ms) : read,
            Max = member.Max is int max and > 0 ? max : null,
            Acquire = member.AcquireMs is int acquire and > 0 ? TimeSpan.FromMilliseconds(acquire) : null,
            Ttl = member.Ttl is int ttl and > 0 ? TimeSpan.FromSeconds(ttl) : null,
            Reuse = !member.DisableReuse,
            KeepAlive = member.KeepAlive,
        };
    }

    /// <summary>TC4418 for each parameter of an ajp:// member that the client ignores.</summary>
    public static void Check(BalancerMember member, DiagnosticBag diagnostics)
    {
        if (!member.Scheme.Equals("ajp", StringComparison.OrdinalIgnoreCase))
            return;
        foreach (var (key, value) in member.Parameters)
        {
            if (Unsupported.TryGetValue(key, out var instead))
                diagnostics.Add(BalancerDiagnostics.AjpParameterUnsupported, member.Source, key, value, member.Url, instead);
        }
    }
}
