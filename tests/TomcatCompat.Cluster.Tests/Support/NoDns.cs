using System.Net;
using TomcatCompat.Cluster.Configuration;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>Build options whose resolver never asks DNS: literals only, every name is this machine's loopback.</summary>
internal static class NoDns
{
    public static IPAddress? Resolve(string host) =>
        IPAddress.TryParse(host, out var ip) ? ip : string.Equals(host, Dns.GetHostName(), StringComparison.OrdinalIgnoreCase) || host == "localhost" ? IPAddress.Loopback : null;

    public static ClusterBuildOptions Options(string? jvmRoute = null, TimeProvider? time = null) =>
        new() { JvmRoute = jvmRoute, Resolve = Resolve, Time = time ?? TimeProvider.System };
}
