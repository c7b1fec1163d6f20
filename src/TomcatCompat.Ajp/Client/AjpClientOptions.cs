namespace TomcatCompat.Ajp.Client;

/// <summary>
/// The worker parameters mod_proxy_ajp applies to one <c>ajp://</c> member (httpd-proxy.md §2.5):
/// what the pooled client needs per backend endpoint.
/// </summary>
public sealed record AjpClientOptions
{
    /// <summary>httpd BalancerMember <c>secret=</c> (2.4.42+), mod_jk <c>secret</c>: sent as request attribute 0x0C; default none.</summary>
    public string? Secret { get; init; }

    /// <summary>httpd <c>ping=</c>, default 0 = off: CPING before every request, waiting this long for CPONG.</summary>
    public TimeSpan? Ping { get; init; }

    /// <summary>httpd <c>connectiontimeout</c>, default = <c>timeout</c>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>httpd <c>timeout</c> (then ProxyTimeout, then core Timeout, default 60 s): the wait for each packet.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>httpd <c>max</c>: connections to this member at most; null = no bound (httpd: ThreadsPerChild per child).</summary>
    public int? Max { get; init; }

    /// <summary>httpd <c>acquire</c>: how long a request waits for a free connection when <see cref="Max"/> are busy; null = until the request ends.</summary>
    public TimeSpan? Acquire { get; init; }

    /// <summary>httpd <c>ttl</c>: an idle connection older than this is closed instead of reused; null = kept.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>httpd <c>disablereuse=Off</c> (the default): connections go back to the pool after END_RESPONSE with reuse=1.</summary>
    public bool Reuse { get; init; } = true;

    /// <summary>httpd <c>keepalive</c>, default Off: SO_KEEPALIVE on the backend socket.</summary>
    public bool KeepAlive { get; init; }

    /// <summary>AJP packet size, header included: httpd ProxyIOBufferSize (8192), mod_jk <c>max_packet_size</c>, Tomcat <c>packetSize</c>.</summary>
    public int PacketSize { get; init; } = 8192;
}
