using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// Builds the <see cref="VirtualHostSpec"/> of a server. A vhost takes the main server's values for
/// what it leaves unset, and per-directory lists (reverse rules, headers, Locations) are the main
/// server's followed by its own, as httpd merges them (httpd-proxy.md §2.10).
/// </summary>
internal static class ServerSpecs
{
    public static VirtualHostSpec Build(ServerState server, ServerState main, DiagnosticBag diagnostics)
    {
        var outer = server.IsMain ? null : main;
        var logs = server.CustomLogs.Count > 0 || outer is null ? server.CustomLogs : outer.CustomLogs;
        return new VirtualHostSpec
        {
            Id = server.Id,
            IsMain = server.IsMain,
            Addresses = [.. server.Addresses],
            ServerName = server.ServerName ?? outer?.ServerName,
            ServerAliases = [.. server.ServerAliases],
            ProxyPreserveHost = server.ProxyPreserveHost ?? outer?.ProxyPreserveHost ?? false,
            ProxyVia = server.ProxyVia ?? outer?.ProxyVia ?? "Off",
            ProxyTimeout = server.ProxyTimeout ?? outer?.ProxyTimeout,
            Timeout = server.Timeout ?? outer?.Timeout ?? 60,
            ProxyPassReverse = Concat(outer?.Reverse, server.Reverse),
            ProxyPassReverseCookiePath = Concat(outer?.ReverseCookiePath, server.ReverseCookiePath),
            ProxyPassReverseCookieDomain = Concat(outer?.ReverseCookieDomain, server.ReverseCookieDomain),
            Headers = Concat(outer?.Headers, server.Headers),

            // Logs resolve once per server; inherited main logs warn only on the main server.
            AccessLogs = [.. logs.Select(l => LogFormatTable.Resolve(l, server.LogFormats, main.LogFormats, ReferenceEquals(logs, server.CustomLogs) ? diagnostics : new DiagnosticBag()))],
            BalancerManagers = Concat(outer?.BalancerManagers, server.BalancerManagers),
            Source = server.Source,
        };
    }

    private static ImmutableArray<T> Concat<T>(List<T>? outer, List<T> own) =>
        outer is null ? [.. own] : [.. outer, .. own];
}
