namespace TomcatCompat.Balancer.Headers;

/// <summary>httpd <c>ProxyVia</c> (default Off, httpd-proxy.md §6.1).</summary>
internal enum ProxyViaMode
{
    /// <summary>Via headers pass untouched.</summary>
    Off,

    /// <summary>A Via line is added to requests and responses.</summary>
    On,

    /// <summary>As On, with a product comment.</summary>
    Full,

    /// <summary>Incoming Via headers are removed from the request, none added.</summary>
    Block,
}
