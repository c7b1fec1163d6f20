using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;

namespace TomcatCompat.Balancer.Manager;

/// <summary>One <c>Require</c> line. Several lines outside a RequireAll container mean "any of them" (httpd's implicit RequireAny).</summary>
internal sealed record RequireRule(RequireKind Kind, ImmutableArray<string> Hosts, ImmutableArray<IPNetwork> Networks)
{
    /// <summary>Parses "ip 10.1 192.168.0.0/16", "host example.com", "local", "all granted"; null when not reproduced.</summary>
    public static RequireRule? Parse(string line)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var provider = words[0].ToLowerInvariant();
        var args = words[1..];
        switch (provider)
        {
            case "all" when args.Length == 1 && args[0].Equals("granted", StringComparison.OrdinalIgnoreCase):
                return new RequireRule(RequireKind.AllGranted, [], []);
            case "all" when args.Length == 1 && args[0].Equals("denied", StringComparison.OrdinalIgnoreCase):
                return new RequireRule(RequireKind.AllDenied, [], []);
            case "local" when args.Length == 0:
                return new RequireRule(RequireKind.Local, [], []);
            case "host" when args.Length > 0:
                return new RequireRule(RequireKind.Host, [.. args.Select(a => a.TrimStart('.').ToLowerInvariant())], []);
            case "ip" when args.Length > 0:
                var networks = ImmutableArray.CreateBuilder<IPNetwork>();
                foreach (var a in args)
                {
                    if (ParseNetwork(a) is not { } network)
                    {
                        return null;
                    }

                    networks.Add(network);
                }

                return new RequireRule(RequireKind.Ip, [], networks.ToImmutable());
            default:
                return null;
        }
    }

    /// <summary>httpd accepts full addresses, partial IPv4 ("10.1"), a/nn and a/netmask.</summary>
    internal static IPNetwork? ParseNetwork(string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0 && IPAddress.TryParse(text[(slash + 1)..], out var mask) && mask.AddressFamily == AddressFamily.InterNetwork)
        {
            var bits = 0;
            foreach (var b in mask.GetAddressBytes())
            {
                bits += System.Numerics.BitOperations.PopCount(b);
            }

            text = text[..slash] + "/" + bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (text.Contains('/'))
        {
            return IPNetwork.TryParse(text, out var network) ? network : null;
        }

        if (!text.Contains(':'))
        {
            var parts = text.TrimEnd('.').Split('.');
            if (parts.Length is >= 1 and <= 4 && parts.All(p => byte.TryParse(p, out _)))
            {
                var padded = string.Join('.', parts.Concat(Enumerable.Repeat("0", 4 - parts.Length)));
                return IPNetwork.TryParse(padded + "/" + (parts.Length * 8).ToString(System.Globalization.CultureInfo.InvariantCulture), out var partial) ? partial : null;
            }

            return null;
        }

        return IPAddress.TryParse(text, out var address) ? new IPNetwork(address, 128) : null;
    }
}
