using System.Net;
using System.Net.Sockets;

namespace TomcatCompat.Cluster.Tests.Support;

/// <summary>A loopback port that was free a moment ago, for configs that must name their port up front.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
