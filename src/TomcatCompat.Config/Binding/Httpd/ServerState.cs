using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>The main server or one &lt;VirtualHost&gt; while its directives are read.</summary>
internal sealed class ServerState(string id, bool isMain, SourceSpan source)
{
    public string Id { get; } = id;

    public bool IsMain { get; } = isMain;

    public SourceSpan Source { get; } = source;

    public List<string> Addresses { get; } = [];

    public string? ServerName { get; set; }

    public List<string> ServerAliases { get; } = [];

    public bool? ProxyPreserveHost { get; set; }

    public string? ProxyVia { get; set; }

    public int? ProxyTimeout { get; set; }

    public int? Timeout { get; set; }

    /// <summary>httpd <c>BalancerInherit</c>, default On.</summary>
    public bool BalancerInherit { get; set; } = true;

    /// <summary>httpd <c>ProxyPassInherit</c>, default On.</summary>
    public bool ProxyPassInherit { get; set; } = true;

    public List<ReverseRule> Reverse { get; } = [];

    public List<ReverseRule> ReverseCookiePath { get; } = [];

    public List<ReverseRule> ReverseCookieDomain { get; } = [];

    public List<HeaderRule> Headers { get; } = [];

    public List<(string Target, string Format, string? Condition, SourceSpan Source)> CustomLogs { get; } = [];

    public Dictionary<string, string> LogFormats { get; } = new(StringComparer.Ordinal);

    public List<BalancerManagerSpec> BalancerManagers { get; } = [];

    public List<PendingMount> Mounts { get; } = [];

    /// <summary>Balancers by lowercased <c>balancer://name</c>, in definition order.</summary>
    public Dictionary<string, BalancerSettings> Balancers { get; } = new(StringComparer.Ordinal);

    /// <summary>Workers of ProxyPass and <c>&lt;Proxy url&gt;</c> (not balancer members).</summary>
    public WorkerRegistry Workers { get; } = new();

    public Dictionary<string, string> HcExpressions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HealthCheckSettings> HcTemplates { get; } = new(StringComparer.Ordinal);
}
