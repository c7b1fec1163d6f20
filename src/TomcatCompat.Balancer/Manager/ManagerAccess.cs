using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace TomcatCompat.Balancer.Manager;

/// <summary>mod_authz_host's checks for the balancer-manager: any matching Require line grants access.</summary>
internal static class ManagerAccess
{
    public static async Task<bool> IsAllowedAsync(ManagerLocation location, HttpContext context)
    {
        var remote = Normalize(context.Connection.RemoteIpAddress);
        var local = Normalize(context.Connection.LocalIpAddress);
        foreach (var rule in location.Rules)
        {
            var granted = rule.Kind switch
            {
                RequireKind.AllGranted => true,
                RequireKind.AllDenied => false,
                RequireKind.Local => remote is not null && (IPAddress.IsLoopback(remote) || remote.Equals(local)),
                RequireKind.Ip => remote is not null && rule.Networks.Any(n => n.Contains(remote)),
                RequireKind.Host => remote is not null && await HostMatchesAsync(remote, rule, context.RequestAborted),
                _ => false,
            };
            if (granted)
            {
                return true;
            }
        }

        return false;
    }

    private static IPAddress? Normalize(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    /// <summary>Double-reverse lookup as httpd's <c>Require host</c> does: the name must resolve back to the client address.</summary>
    private static async Task<bool> HostMatchesAsync(IPAddress remote, RequireRule rule, CancellationToken ct)
    {
        string name;
        try
        {
            var entry = await Dns.GetHostEntryAsync(remote.ToString(), ct).WaitAsync(TimeSpan.FromSeconds(5), ct);
            name = entry.HostName.ToLowerInvariant();
            var forward = await Dns.GetHostAddressesAsync(name, ct).WaitAsync(TimeSpan.FromSeconds(5), ct);
            if (!forward.Any(a => Normalize(a)!.Equals(remote)))
            {
                return false;
            }
        }
        catch (Exception e) when (e is SocketException or TimeoutException or ArgumentException)
        {
            return false;
        }

        return rule.Hosts.Any(h => name == h || name.EndsWith("." + h, StringComparison.Ordinal));
    }
}
