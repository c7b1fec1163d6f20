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

    [Fact]
    public void ProxySet_lbmethod_bybusyness_equal_busy_follows_byrequests_lbstatus_then_definition_order()
    {
        // §4.3: with nothing in flight every round is a tie on busy, so the byrequests bookkeeping
        // decides: loadfactor 1/2/3 gives the byrequests sequence; then n3 busy leaves n1 and n2.
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("n1", 1), Member("n2", 2, loadFactor: 2), Member("n3", 3, loadFactor: 3))));
        var state = mapping.Balancers["balancer://c1"];
        var time = new FakeTimeProvider();
        var policy = new ByBusynessLoadBalancingPolicy(new BalancerRegistry(mapping), time);

        Assert.Equal("n3 n2 n1 n3 n2 n3 n3 n2 n1 n3 n2 n3", Picks(state, policy, time, 12));
        state.Members[2].EnterRequest();
        // From 0/0/0, n3 busy still gains its share but never wins: (100,200,300)→n2 pays 600;
        // (200,-200,600)→n1; (-300,0,900)→n2; (-200,-400,1200)→n1; (-700,-200,1500)→n2.
        Assert.Equal("n2 n1 n2 n1 n2", Picks(state, policy, time, 5));
        Assert.Equal(1500, state.Members[2].LbStatus);
    }

    [Fact]
    public void ProxySet_lbmethod_bytraffic_equal_responses_loadfactor_1_2_gives_a_b_b()
    {
        // §4.2: 1000 bytes read per request; traffic = read/lbfactor (integer, ×100 scale); ties keep the earlier.
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("a", 1), Member("b", 2, loadFactor: 2))));
        var state = mapping.Balancers["balancer://c1"];
        var time = new FakeTimeProvider();
        var policy = new ByTrafficLoadBalancingPolicy(new BalancerRegistry(mapping), time);
        var picks = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            var pick = Picks(state, policy, time, 1);
            picks.Add(pick);
            state.Members.Single(m => m.Route == pick).AddTraffic(0, 1000);
        }

        Assert.Equal("a b b a b b a b b", string.Join(' ', picks));
    }
}
