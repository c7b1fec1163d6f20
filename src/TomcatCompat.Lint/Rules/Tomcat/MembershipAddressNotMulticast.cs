using System.Net;
using System.Net.Sockets;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// TC2552: McastService <c>address</c> is an IP literal outside the multicast ranges (224.0.0.0/4,
/// ff00::/8). McastService joins that group with <c>MulticastSocket.joinGroup</c>, which refuses a
/// non-multicast address ("Not a multicast address"), so the membership service, the channel and
/// the cluster fail to start and Tomcat stops (tomcat-cluster.md §1.6, §8.1). Host names are not
/// resolved here and not flagged.
/// </summary>
internal sealed class MembershipAddressNotMulticast : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2552", DiagnosticSeverity.Error, "membership address is not multicast",
        "<Membership> McastService address=\"{0}\" is not a multicast group address, so joining it fails and the cluster does not start; use an address in 224.0.0.0/4 such as the default 228.0.0.4 (every node the same), or StaticMembershipService for unicast");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        foreach (var (node, cluster) in TomcatFacts.Clusters(context.Topology))
        {
            var service = cluster.Channel.Membership.Service;
            if (service.Kind != "McastService" || CrossFileFacts.Attribute(service, "address") is not { } text)
                continue;
            var address = text.Trim();
            if (IPAddress.TryParse(address, out var ip) && !IsMulticast(ip) && LooksLikeLiteral(address))
                diagnostics.Add(Rule, TomcatFacts.At(service, cluster, node), text);
        }
    }

    private static bool IsMulticast(IPAddress ip) => ip.AddressFamily == AddressFamily.InterNetworkV6
        ? ip.IsIPv6Multicast
        : (ip.GetAddressBytes()[0] & 0xF0) == 0xE0;

    // IPAddress.TryParse also accepts "1" or "0x10"; Java would resolve those as host names.
    private static bool LooksLikeLiteral(string text) => text.Contains(':') || text.Count(c => c == '.') == 3;
}
