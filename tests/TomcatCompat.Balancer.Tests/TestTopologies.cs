using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Balancer.Tests;

/// <summary>Hand-built topologies (the Config binders fill them from real files in production).</summary>
internal static class TestTopologies
{
    public static SourceSpan Span(int line) => new("conf/httpd.conf", line, 1);

    public static BalancerMember Member(string name, int port, string? route = null, decimal loadFactor = 1m,
        int lbset = 0, MemberStatus status = MemberStatus.None, int retry = 60, string? redirect = null) => new()
    {
        Url = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
        Scheme = "http",
        Host = "127.0.0.1",
        Port = port,
        Route = route ?? name,
        LoadFactor = loadFactor,
        LbSet = lbset,
        Status = status,
        Retry = retry,
        Redirect = redirect,
        Source = Span(10 + port % 100),
    };

    public static Topology Topology(BalancerSpec balancer, params Mount[] mounts) => new()
    {
        Listens = [new ListenSpec(null, 80, "http", Span(1))],
        VirtualHosts = [new VirtualHostSpec { Id = "main", IsMain = true, Source = Span(1) }],
        Balancers = [balancer],
        Mounts = mounts.Length > 0 ? [.. mounts] : [ProxyPass("/app", "balancer://c1", 0)],
    };

    public static BalancerSpec Spec(params BalancerMember[] members) => new()
    {
        Name = "balancer://c1",
        Origin = "mod_proxy_balancer",
        Members = [.. members],
        Source = Span(5),
    };

    public static Mount ProxyPass(string path, string target, int order, bool exclude = false) => new()
    {
        Kind = MountKind.ProxyPass,
        Path = path,
        Target = exclude ? null : target,
        Exclude = exclude,
        Order = order,
        Source = Span(50 + order),
    };

    /// <summary>The mapped state of balancer://c1 and a byrequests policy over it on a fake clock.</summary>
    public static (BalancerState State, ByRequestsLoadBalancingPolicy Policy, FakeTimeProvider Time) ByRequests(BalancerSpec balancer)
    {
        var mapping = TopologyToYarp.Map(Topology(balancer));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        return (mapping.Balancers["balancer://c1"], new ByRequestsLoadBalancingPolicy(new BalancerRegistry(mapping), time), time);
    }

    public static string Picks(BalancerState state, IHttpdLbMethod method, TimeProvider time, int count)
    {
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            lock (state.Sync)
            {
                state.ForceRecovery(time.GetUtcNow());
                names.Add(MemberSelector.Choose(state, method, time.GetUtcNow())?.Route ?? "-");
            }
        }

        return string.Join(' ', names);
    }

    public static ImmutableArray<string> Sticky(params string[] names) => [.. names];
}
