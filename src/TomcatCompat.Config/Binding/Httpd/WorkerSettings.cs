using System.Collections.Immutable;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding.Httpd;

/// <summary>A worker (ProxyPass target or BalancerMember) while the config is read; parameters apply in order.</summary>
internal sealed class WorkerSettings(WorkerUrl url, SourceSpan source)
{
    public WorkerUrl Url { get; } = url;

    public SourceSpan Source { get; } = source;

    public SortedDictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string? Route { get; set; }

    public string? Redirect { get; set; }

    public decimal LoadFactor { get; set; } = 1m;

    public int LbSet { get; set; }

    public MemberStatus Status { get; set; }

    public int Retry { get; set; } = 60;

    public int? Timeout { get; set; }

    public int? ConnectionTimeoutMs { get; set; }

    public int PingMs { get; set; }

    public int? AcquireMs { get; set; }

    public int? Max { get; set; }

    public int? Ttl { get; set; }

    public bool KeepAlive { get; set; }

    public bool DisableReuse { get; set; }

    public string? Secret { get; set; }

    public HealthCheckSettings HealthCheck { get; } = new();

    public BalancerMember ToMember(IReadOnlyDictionary<string, string> hcExpressions, MemberStatus implicitStatus = MemberStatus.None) => new()
    {
        Url = Url.Name,
        Scheme = Url.Scheme,
        Host = Url.Host,
        Port = Url.Port,
        Path = Url.Path,
        Route = Route,
        LoadFactor = LoadFactor,
        LbSet = LbSet,
        Status = Status | implicitStatus,
        Redirect = Redirect,
        Retry = Retry,
        Timeout = Timeout,
        ConnectionTimeoutMs = ConnectionTimeoutMs,
        PingMs = PingMs,
        AcquireMs = AcquireMs,
        Max = Max,
        Ttl = Ttl,
        KeepAlive = KeepAlive,
        DisableReuse = DisableReuse,
        Secret = Secret,
        UnixSocket = Url.UnixSocket,
        HealthCheck = HealthCheck.ToSpec(hcExpressions, Source),
        Parameters = Parameters.ToImmutableSortedDictionary(StringComparer.Ordinal),
        Source = Source,
    };
}
