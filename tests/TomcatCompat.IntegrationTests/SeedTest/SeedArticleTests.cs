using System.Globalization;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The seed article's test, automated against <c>tomcatcompat run --local conf-samples/seed</c> (Tomcat
/// ports moved into block 25100, balancer Listen 80 → 25180 by <c>--port-offset 25100</c>): each node and
/// the balancer are separate processes; the node killed is found by its pid in the status file.
/// Expected values are the real stack's (shared/real-cluster README observations 1–6).
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class SeedArticleTests
{
    [Fact]
    public async Task Run_seed_alternates_sticks_fails_over_after_kill9_and_transfers_state_on_restart()
    {
        await using var stack = await CompatSeedStack.StartAsync(25100);
        Assert.Equal("http://127.0.1.3:25180", stack.BalancerUrl);
        var pids = stack.Status.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("pid").GetInt32()).Append(stack.Status.GetProperty("balancer").GetProperty("pid").GetInt32()).ToArray();
        Assert.Equal(3, pids.Distinct().Count());
        Assert.DoesNotContain(stack.SupervisorPid, pids);

        var steps = await SeedScenario.RunAsync(stack);

        Assert.Equal(SeedScenario.Expected, steps.Select(s => s.ToString()));
        // The supervisor saw the kill, said so, and did not restart the node itself.
        Assert.Contains("node tomcat1 (pid " + pids[0].ToString(CultureInfo.InvariantCulture) + ") exited with code 137; it is not restarted automatically", stack.Output, StringComparison.Ordinal);
    }
}
