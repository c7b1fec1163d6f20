namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// The seed scenario on the real programs (Debian apache2 + two tomcat10, DeltaManager, http:// members,
/// ports 25300–25399). Its observable results — status codes, which node answered, counters, the
/// Set-Cookie shape <c>JSESSIONID=&lt;32 hex&gt;.&lt;route&gt;; Path=/test; HttpOnly</c> and its route rewrite
/// after failover, the sessions the restarted node received — must equal <see cref="SeedScenario.Expected"/>,
/// the same list <see cref="SeedArticleTests"/> holds <c>tomcatcompat run --local conf-samples/seed</c> to.
/// The same test compares a static file's headers (200, 304, the 302 that adds the trailing slash, 404) of a
/// real node with a TomcatCompat node's (<see cref="CompatStaticNode"/>).
/// Comparing both against one list (instead of a second TomcatCompat run here) keeps the CI time down;
/// only session ids are normalized.
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class SeedDifferentialTests
{
    [SkippableFact]
    public async Task Seed_scenario_on_real_apache2_and_tomcat10_gives_what_tomcatcompat_is_held_to()
    {
        await using var stack = await RealSeedStack.StartAsync(25300);
        // Static files first (direct to a node: the balancer's byrequests counts are untouched).
        var realStatic = await StaticHeaders.CaptureAsync(stack.NodeUrl("tomcat2"));

        var steps = (await SeedScenario.RunAsync(stack)).Select(s => s.ToString()).ToList();

        Assert.True(
            SeedScenario.Expected.SequenceEqual(steps),
            "real stack:\n" + string.Join('\n', steps) + "\n\nexpected:\n" + string.Join('\n', SeedScenario.Expected) +
            "\n\ntomcat1:\n" + stack.Log("tomcat1") + "\ntomcat2:\n" + stack.Log("tomcat2"));
        // Static file, 304, 302 to the trailing slash and 404: the same status codes and headers (observation 1).
        Assert.Equal(realStatic, await CompatStaticNode.CaptureAsync());
    }
}
