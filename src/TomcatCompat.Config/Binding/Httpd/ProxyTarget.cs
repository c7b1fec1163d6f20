namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>
/// What a <c>&lt;Proxy url&gt;</c> section applies BalancerMember/ProxySet to: a balancer, a worker,
/// or nothing (wildcards, <c>&lt;ProxyMatch&gt;</c>, non-URLs).
/// </summary>
internal sealed record ProxyTarget(string Url, bool IsMatch, BalancerSettings? Balancer, WorkerSettings? Worker);
