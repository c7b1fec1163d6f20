using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Health;

/// <summary>
/// Run-time state of one balancer member: httpd's shared worker record (status flags, error time,
/// lbstatus, busy, byte counters). Mutated only under <see cref="LoadBalancing.BalancerState.Sync"/>,
/// except the byte and busy counters, which use interlocked operations.
/// </summary>
internal sealed class MemberState
{
    private long _busy;
    private long _transferred;
    private long _read;

    public MemberState(BalancerMember spec, int index, string destinationId)
    {
        Spec = spec;
        Index = index;
        DestinationId = destinationId;
        Status = spec.Status;
        Route = spec.Route ?? "";
        Redirect = spec.Redirect ?? "";
        LbSet = spec.LbSet;
        // httpd stores loadfactor ×100 (2.4.28+), so 1.5 becomes 150.
        LbFactor = (int)Math.Round(spec.LoadFactor * 100m, MidpointRounding.AwayFromZero);
        if (LbFactor < 1)
        {
            LbFactor = 100;
        }
    }

    public BalancerMember Spec { get; }

    /// <summary>Definition order in the balancer (tie-breaking follows it).</summary>
    public int Index { get; }

    /// <summary>The YARP destination id of this member.</summary>
    public string DestinationId { get; }

    /// <summary>httpd: the worker name, i.e. the normalised member URL.</summary>
    public string Name => Spec.Url;

    /// <summary>httpd <c>route=</c>; empty when unset (members with no route never match a sticky route). The balancer-manager may change it.</summary>
    public string Route { get; set; }

    /// <summary>httpd <c>redirect=</c>; empty when unset.</summary>
    public string Redirect { get; set; }

    /// <summary>httpd <c>loadfactor</c> ×100, default 100.</summary>
    public int LbFactor { get; set; }

    /// <summary>httpd <c>lbset</c>, default 0.</summary>
    public int LbSet { get; set; }

    /// <summary>True when mod_proxy_hcheck checks this member (a supported <c>hcmethod</c> other than NONE).</summary>
    public bool HealthCheckActive { get; init; }

    /// <summary>The member's compiled <c>hcexpr</c>; null = pass on status 200–399.</summary>
    public HcExpression? HealthExpression { get; init; }

    /// <summary>mod_proxy_hcheck <c>pcount</c>: passed checks since the last trip.</summary>
    public int HealthPasses { get; set; }

    /// <summary>mod_proxy_hcheck <c>fcount</c>: failed checks since the last trip.</summary>
    public int HealthFails { get; set; }

    /// <summary>Current status flags; starts from <c>status=</c>.</summary>
    public MemberStatus Status { get; set; }

    /// <summary>httpd <c>lbstatus</c>: the smooth weighted round-robin counter.</summary>
    public long LbStatus { get; set; }

    /// <summary>When the member entered error state (E).</summary>
    public DateTimeOffset ErrorTime { get; set; }

    /// <summary>httpd <c>retries</c>: how often E was cleared since the last good connection.</summary>
    public int Retries { get; set; }

    /// <summary>httpd <c>elected</c>: how often the member was chosen.</summary>
    public long Elected { get; set; }

    /// <summary>Requests in flight on this member (bybusyness).</summary>
    public long Busy => Interlocked.Read(ref _busy);

    /// <summary>Bytes sent to the member (bytraffic).</summary>
    public long Transferred => Interlocked.Read(ref _transferred);

    /// <summary>Bytes read from the member (bytraffic).</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>httpd PROXY_WORKER_IS_USABLE: none of D, S, E, C.</summary>
    public bool IsUsable =>
        (Status & (MemberStatus.Disabled | MemberStatus.Stopped | MemberStatus.InError | MemberStatus.HealthCheckFailed)) == 0;

    public bool Has(MemberStatus flag) => (Status & flag) != 0;

    /// <summary>
    /// httpd's retry check (§3.7): a member in E whose <c>retry</c> seconds have passed since the error
    /// gets E cleared. Stopped members are never recovered this way; D and C are untouched.
    /// </summary>
    public void TryRecover(DateTimeOffset now)
    {
        if (!Has(MemberStatus.InError) || Has(MemberStatus.Stopped))
        {
            return;
        }

        if (Spec.Retry <= 0 || now > ErrorTime + TimeSpan.FromSeconds(Spec.Retry))
        {
            Status &= ~MemberStatus.InError;
            Retries++;
        }
    }

    /// <summary>Puts the member in error (E) unless it has I (ignore errors).</summary>
    public bool MarkError(DateTimeOffset now)
    {
        if (Has(MemberStatus.IgnoreErrors))
        {
            return false;
        }

        Status |= MemberStatus.InError;
        ErrorTime = now;
        return true;
    }

    /// <summary>After a good connection httpd resets error time and the retries counter.</summary>
    public void MarkConnected()
    {
        ErrorTime = default;
        Retries = 0;
    }

    public void EnterRequest() => Interlocked.Increment(ref _busy);

    public void LeaveRequest() => Interlocked.Decrement(ref _busy);

    public void AddTraffic(long sent, long read)
    {
        Interlocked.Add(ref _transferred, sent);
        Interlocked.Add(ref _read, read);
    }

    public override string ToString() => Name;
}
