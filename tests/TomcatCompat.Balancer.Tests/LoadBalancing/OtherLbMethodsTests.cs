using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Mapping;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.LoadBalancing;

public class OtherLbMethodsTests
{
    [Fact]
    public void ProxySet_lbmethod_bybusyness_prefers_fewest_in_flight_then_lbstatus()
    {
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("a", 1), Member("b", 2), Member("c", 3))));
        var state = mapping.Balancers["balancer://c1"];
        var time = new FakeTimeProvider();
        var policy = new ByBusynessLoadBalancingPolicy(new BalancerRegistry(mapping), time);
        state.Members[0].EnterRequest();
        state.Members[1].EnterRequest();

        // c is idle; then with all equal busy the byrequests bookkeeping decides.
        Assert.Equal("c c", Picks(state, policy, time, 2));
        state.Members[2].EnterRequest();
        Assert.Equal("a b a", Picks(state, policy, time, 3));
    }

    [Fact]
    public void ProxySet_lbmethod_bytraffic_picks_least_bytes_per_loadfactor_ties_earlier()
    {
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("a", 1), Member("b", 2, loadFactor: 2))));
        var state = mapping.Balancers["balancer://c1"];
        var time = new FakeTimeProvider();
        var policy = new ByTrafficLoadBalancingPolicy(new BalancerRegistry(mapping), time);

        Assert.Equal("a", Picks(state, policy, time, 1));
        state.Members[0].AddTraffic(100, 100);  // 100/100 + 100/100 = 2 (each term divided)
        state.Members[1].AddTraffic(400, 0);    // 400/200 + 0/200 = 2 → tie, earlier wins
        Assert.Equal("a", Picks(state, policy, time, 1));
        state.Members[0].AddTraffic(0, 100);  // 100/100 + 200/100 = 3
        Assert.Equal("b", Picks(state, policy, time, 1));
    }

    [Fact]
    public void LbMethods_names_do_not_collide_with_yarp_builtins()
    {
        string[] builtins = ["First", "FirstAlphabetical", "Random", "RoundRobin", "LeastRequests", "PowerOfTwoChoices"];
        Assert.DoesNotContain(LbMethods.Supported, n => builtins.Contains(n, StringComparer.OrdinalIgnoreCase));
    }
}
