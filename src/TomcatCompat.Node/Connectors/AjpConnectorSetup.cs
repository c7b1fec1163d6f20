using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TomcatCompat.Ajp.Protocol;
using TomcatCompat.Ajp.Server;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Node.Diagnostics;

namespace TomcatCompat.Node.Connectors;

/// <summary>
/// Turns a <c>&lt;Connector protocol="AJP/1.3"&gt;</c> into the options of the AJP listener, with the
/// TC4500/TC4506–TC4508 diagnostics for what Tomcat would refuse or what is not reproduced
/// (tomcat-cluster.md §16.3, AJP-only attributes).
/// </summary>
internal static class AjpConnectorSetup
{
    /// <summary>Attributes read but not reproduced, with the reason; a value in the key means "only when set to it".</summary>
    private static readonly FrozenDictionary<string, (string? Value, string Why)> NotReproduced = new Dictionary<string, (string?, string)>
    {
        ["tomcatAuthorization"] = ("true", "authorization stays with the node; the proxy's user is not trusted for it"),
        ["ajpFlush"] = ("false", "every response write is flushed as with the default ajpFlush=\"true\""),
        ["clientCertProvider"] = (null, "the ssl_cert attribute is kept as text, not parsed into a certificate"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Options for <paramref name="connector"/>, or null when it is not opened (diagnostic added).</summary>
    public static AjpServerOptions? Create(Connector connector, Func<string, IPAddress?> resolve, DiagnosticBag diagnostics)
    {
        var port = connector.Port.ToString(CultureInfo.InvariantCulture);
        var attributes = connector.Attributes;
        if (attributes.GetValueOrDefault("SSLEnabled") == "true")
        {
            diagnostics.Add(NodeDiagnostics.AjpConnectorNotServed, connector.Source, port, "SSLEnabled=\"true\" on an AJP connector is not supported; remove it (httpd terminates TLS and sends the ssl_* attributes)");
            return null;
        }

        if (connector.SecretRequired != false && string.IsNullOrEmpty(connector.Secret))
        {
            diagnostics.Add(NodeDiagnostics.AjpSecretRequired, connector.Source, port);
            return null;
        }

        // Tomcat 9.0.31+: an AJP connector without address listens on the loopback address only.
        var address = connector.Address switch
        {
            null or "" => IPAddress.Loopback,
            "0.0.0.0" or "*" => IPAddress.Any,
            "::" => IPAddress.IPv6Any,
            var a => resolve(a),
        };
        if (address is null)
        {
            diagnostics.Add(NodeDiagnostics.AjpConnectorNotServed, connector.Source, port, "address \"" + connector.Address + "\" does not resolve; use an IP address or a resolvable name");
            return null;
        }

        Regex? pattern = null;
        if (attributes.GetValueOrDefault("allowedRequestAttributesPattern") is { Length: > 0 } text)
        {
            try
            {
                pattern = new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                diagnostics.Add(NodeDiagnostics.AjpAttributePatternInvalid, connector.Source, port, text, e.Message);
            }
        }

        foreach (var (name, (value, why)) in NotReproduced)
        {
            if (attributes.TryGetValue(name, out var actual) && (value is null || string.Equals(actual, value, StringComparison.OrdinalIgnoreCase)))
                diagnostics.Add(NodeDiagnostics.AjpAttributeNotReproduced, connector.Source, port, name, actual, why);
        }

        return new AjpServerOptions
        {
            Endpoint = new IPEndPoint(address, connector.Port),
            Secret = connector.Secret,
            PacketSize = AjpConstants.NormalizePacketSize(Int(attributes, "packetSize") ?? AjpConstants.DefaultPacketSize),
            AllowedRequestAttributesPattern = pattern,
            TomcatAuthentication = attributes.GetValueOrDefault("tomcatAuthentication") != "false",
            IdleTimeout = (Int(attributes, "keepAliveTimeout") ?? Int(attributes, "connectionTimeout")) is { } ms and > 0 ? TimeSpan.FromMilliseconds(ms) : Timeout.InfiniteTimeSpan,
        };
    }

    private static int? Int(IReadOnlyDictionary<string, string> attributes, string name) =>
        attributes.TryGetValue(name, out var v) && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
}
