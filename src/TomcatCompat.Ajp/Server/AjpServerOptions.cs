using System.Net;
using System.Text.RegularExpressions;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

/// <summary>One Tomcat <c>&lt;Connector protocol="AJP/1.3"&gt;</c> as the AJP listener serves it (tomcat-cluster.md §16.3).</summary>
public sealed record AjpServerOptions
{
    /// <summary>Tomcat <c>address</c> (default loopback since 9.0.31) and <c>port</c>.</summary>
    public required IPEndPoint Endpoint { get; init; }

    /// <summary>Tomcat <c>secret</c> (alias <c>requiredSecret</c>); requests without it get 403. Null/empty: not checked.</summary>
    public string? Secret { get; init; }

    /// <summary>Tomcat <c>packetSize</c>, default 8192, clamped to 8192–65536.</summary>
    public int PacketSize { get; init; } = AjpConstants.DefaultPacketSize;

    /// <summary>Tomcat <c>allowedRequestAttributesPattern</c>: other req_attributes must fully match it or get 403.</summary>
    public Regex? AllowedRequestAttributesPattern { get; init; }

    /// <summary>Tomcat <c>tomcatAuthentication</c>, default true: when false the proxy's remote_user becomes the user.</summary>
    public bool TomcatAuthentication { get; init; } = true;

    /// <summary>Tomcat <c>keepAliveTimeout</c>/<c>connectionTimeout</c> for an idle AJP connection; default -1 (never), as Tomcat's AJP default.</summary>
    public TimeSpan IdleTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>Name used in log lines, such as "ajp-127.0.0.1-8009".</summary>
    public string Name => "ajp-" + Endpoint.Address + "-" + Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
