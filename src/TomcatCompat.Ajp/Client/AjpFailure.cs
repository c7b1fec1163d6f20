namespace TomcatCompat.Ajp.Client;

/// <summary>
/// The status mod_proxy_ajp's handler returns for a failed exchange, which decides what
/// mod_proxy_balancer does next (httpd-proxy.md §3.6): 503 fails over, 500 does not, 504 neither.
/// </summary>
public enum AjpFailure
{
    /// <summary>503: could not connect, acquire a connection or get a CPONG, or the backend failed before any request body was sent on an idempotent request; the member goes into error and the request fails over.</summary>
    Unavailable,

    /// <summary>500: the backend failed after a request body was sent, or on a non-idempotent request; the member goes into error, no failover.</summary>
    Internal,

    /// <summary>504: read timeout after a successful CPING (ping= set): the request is slow, the member stays usable.</summary>
    GatewayTimeout,

    /// <summary>400: the request does not fit in one AJP packet, or the client's body ended early.</summary>
    BadRequest,

    /// <summary>The backend broke after the response started: the client connection is aborted.</summary>
    Broken,
}
