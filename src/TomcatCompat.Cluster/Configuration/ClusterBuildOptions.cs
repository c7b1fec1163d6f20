using System.Net;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>What <see cref="ClusterFactory"/> needs besides the ClusterSpec.</summary>
internal sealed record ClusterBuildOptions
{
    /// <summary>Tomcat: <c>Engine@jvmRoute</c>; null when unset.</summary>
    public string? JvmRoute { get; init; }

    /// <summary>Engine (or Host) name: the default <c>clusterName</c>.</summary>
    public string ContainerName { get; init; } = "Catalina";

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Resolves a host name or literal to an address (Tomcat resolves static members at parse time).
    /// Null result = unresolvable. Injected so tests never touch DNS.
    /// </summary>
    public Func<string, IPAddress?> Resolve { get; init; } = DefaultResolve;

    /// <summary>Default web.xml <c>session-timeout</c> × 60 for managers created from the template.</summary>
    public int MaxInactiveInterval { get; init; } = 1800;

    /// <summary>
    /// True when the spec was read by the server.xml front end, whose ClusterChecks already report
    /// the start failures they can see (TC2420, EncryptInterceptor after TcpFailureDetector) where
    /// import and lint show them; the factory still refuses to build but does not repeat them
    /// (TC4305). False for a spec built any other way, so every refusal carries its reason.
    /// </summary>
    public bool CheckedByFrontEnd { get; init; } = true;

    /// <summary>Opens the multicast group for McastService; null = a real UDP socket. Tests pass an in-memory group.</summary>
    public Func<Tribes.Membership.McastOptions, Tribes.Membership.IMulticastTransport>? MulticastTransport { get; init; }

    public static IPAddress? DefaultResolve(string host)
    {
        if (IPAddress.TryParse(host, out var ip))
            return ip;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            return IPAddress.Loopback;
        try
        {
            var addresses = Dns.GetHostAddresses(host);
            return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
        }
        catch (System.Net.Sockets.SocketException)
        {
            return null;
        }
    }
}
