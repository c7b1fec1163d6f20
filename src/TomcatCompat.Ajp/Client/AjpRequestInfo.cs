namespace TomcatCompat.Ajp.Client;

/// <summary>
/// What mod_proxy_ajp takes from the client connection rather than from the request line
/// (ajp_marshal_into_msgb): remote address and port, the server name and port the request reached,
/// whether it came over TLS, the sticky route and the client's own Host header. The balancer puts
/// it in <see cref="HttpRequestMessage.Options"/> under <see cref="Key"/>.
/// </summary>
public sealed record AjpRequestInfo
{
    public static readonly HttpRequestOptionsKey<AjpRequestInfo> Key = new("TomcatCompat.Ajp.RequestInfo");

    /// <summary>The client's protocol, sent as the FORWARD_REQUEST protocol field.</summary>
    public string Protocol { get; init; } = "HTTP/1.1";

    /// <summary>The client IP address (remote_addr).</summary>
    public string? RemoteAddr { get; init; }

    /// <summary>The client port, sent as request attribute <c>AJP_REMOTE_PORT</c>.</summary>
    public int RemotePort { get; init; }

    /// <summary>Server name as httpd computes it (UseCanonicalName Off: the Host header's name).</summary>
    public string? ServerName { get; init; }

    /// <summary>The local port the request arrived on.</summary>
    public int ServerPort { get; init; }

    public bool IsSsl { get; init; }

    /// <summary>The route found in the request's session id (httpd note <c>session-route</c>), sent as attribute 0x06.</summary>
    public string? Route { get; init; }

    /// <summary>The client's Host header: AJP forwards the request headers as received.</summary>
    public string? Host { get; init; }
}
