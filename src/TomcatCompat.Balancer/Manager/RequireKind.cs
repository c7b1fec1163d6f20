namespace TomcatCompat.Balancer.Manager;

/// <summary>mod_authz_core / mod_authz_host providers reproduced for the balancer-manager.</summary>
internal enum RequireKind
{
    /// <summary><c>Require all granted</c>.</summary>
    AllGranted,

    /// <summary><c>Require all denied</c>.</summary>
    AllDenied,

    /// <summary><c>Require local</c>: loopback clients, or client address = server address.</summary>
    Local,

    /// <summary><c>Require ip</c> addresses, partial addresses, CIDR or address/netmask.</summary>
    Ip,

    /// <summary><c>Require host</c>: the client's double-reverse-resolved name ends with a given name.</summary>
    Host,
}
