using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;

namespace TomcatCompat.Config.Binding;

/// <summary>Turns an evaluated httpd tree into listeners, virtual hosts, balancers and mounts (mod_proxy family).</summary>
public static class HttpdBinder
{
    /// <summary>PLACEHOLDER: replaced by the httpd binder.</summary>
    public static ProxyTopology Bind(HttpdConfig config, DiagnosticBag diagnostics) => ProxyTopology.Empty;
}
