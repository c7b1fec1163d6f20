namespace TomcatCompat.Balancer.Forwarding;

/// <summary>How a forwarding failure is treated (httpd-proxy.md §3.6, §6.3).</summary>
internal enum FailureKind
{
    /// <summary>No failure.</summary>
    None,

    /// <summary>Could not connect: member to error, fail over, 503 when nothing is left.</summary>
    Connect,

    /// <summary>Backend read timeout before the status line: 502 Proxy Error, no failover.</summary>
    Timeout,

    /// <summary>Any other failure before the response started: 502, no failover.</summary>
    Other,

    /// <summary>mod_proxy_ajp 500: the member goes into error, no failover.</summary>
    Fatal,

    /// <summary>mod_proxy_ajp 504 (read timeout after a good CPING): no failover, member stays usable unless failontimeout.</summary>
    GatewayTimeout,

    /// <summary>mod_proxy_ajp 400: the request does not fit an AJP packet or the client's body failed.</summary>
    BadRequest,

    /// <summary>Failure after the response started: nothing more can be sent.</summary>
    AfterStart,
}
