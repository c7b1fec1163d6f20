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
    private const string Cookie = "; Path=/test; HttpOnly";

    [Fact]
    public async Task Run_seed_alternates_sticks_fails_over_after_kill9_and_transfers_state_on_restart()
    {
        await using var stack = await CompatSeedStack.StartAsync(25100);
        Assert.Equal("http://127.0.1.3:25180", stack.BalancerUrl);
        var pids = stack.Status.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("pid").GetInt32()).Append(stack.Status.GetProperty("balancer").GetProperty("pid").GetInt32()).ToArray();
        Assert.Equal(3, pids.Distinct().Count());
        Assert.DoesNotContain(stack.SupervisorPid, pids);

        var steps = await SeedScenario.RunAsync(stack);

        Assert.Equal(
            [
                "1a no cookie: 200 node=tomcat1 counter=1 set-cookie=JSESSIONID=<id:A>.tomcat1" + Cookie,
                "1b no cookie: 200 node=tomcat2 counter=1 set-cookie=JSESSIONID=<id:B>.tomcat2" + Cookie,
                "2a sticky: 200 node=tomcat1 counter=2 set-cookie=-",
                "2b sticky: 200 node=tomcat1 counter=3 set-cookie=-",
                "3a after kill -9 of the owner: 200 node=tomcat2 counter=4 set-cookie=JSESSIONID=<id:A>.tomcat2" + Cookie,
                "3b with the rewritten cookie: 200 node=tomcat2 counter=5 set-cookie=-",
                "4a restarted node has session A: 200 node=tomcat1 counter=5 set-cookie=JSESSIONID=<id:A>.tomcat1" + Cookie + " sessionFound=true",
                "4b restarted node has session B: 200 node=tomcat1 counter=1 set-cookie=JSESSIONID=<id:B>.tomcat1" + Cookie + " sessionFound=true",
            ],
            steps.Select(s => s.ToString()));
        // The supervisor saw the kill, said so, and did not restart the node itself.
        Assert.Contains("node tomcat1 (pid " + pids[0].ToString(CultureInfo.InvariantCulture) + ") exited with code 137; it is not restarted automatically", stack.Output, StringComparison.Ordinal);
    }
}
