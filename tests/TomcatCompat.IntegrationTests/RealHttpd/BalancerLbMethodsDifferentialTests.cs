using System.Globalization;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// Exact member sequences of the lbmethods (httpd-proxy.md §3.5, §4.1–§4.3) through the real apache2
/// and through BalancerHost on the same config and backends. The unit tests in
/// TomcatCompat.Balancer.Tests pin the same sequences by hand. bytraffic is not compared: httpd counts
/// the header and body bytes read from the backend socket, BalancerHost only Content-Length bodies
/// (documented in docs/support/balancer.md).
/// </summary>
[Collection(BalancerDifferential.Collection)]
public sealed class BalancerLbMethodsDifferentialTests
{
    private const string LbModules = """
        LoadModule lbmethod_bybusyness_module /usr/lib/apache2/modules/mod_lbmethod_bybusyness.so

        """;

    private static string Config(string f1, string f2, string f3, string lbmethod) => LbModules + $$"""
        <Proxy "balancer://c1">
          BalancerMember http://127.0.0.1:{P1} route=n1 {{f1}}
          BalancerMember http://127.0.0.1:{P2} route=n2 {{f2}}
          BalancerMember http://127.0.0.1:{P3} route=n3 {{f3}}
          ProxySet lbmethod={{lbmethod}}
        </Proxy>
        ProxyPass /app balancer://c1/app

        """;

    private static async Task AssertSameAsync(string config, Func<BalancerDifferential.Side, Task<List<string>>> scenario)
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, _) = await BalancerDifferential.RunAsync(config, scenario);
        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    private static async Task<List<string>> SequenceAsync(BalancerDifferential.Side side, int count, List<string>? log = null)
    {
        log ??= [];
        for (var i = 0; i < count; i++)
        {
            log.Add(i.ToString(CultureInfo.InvariantCulture) + " " + await side.GetAsync("/app/x?quiet"));
        }

        return log;
    }

    [SkippableFact]
    public Task Byrequests_loadfactor_1_2_3_over_18_requests_matches_apache2() =>
        AssertSameAsync(Config("", "loadfactor=2", "loadfactor=3", "byrequests"), side => SequenceAsync(side, 18));

    [SkippableFact]
    public Task Lbset_tiers_lower_set_serves_until_its_members_are_down_then_the_next_set() =>
        AssertSameAsync(Config("lbset=1", "loadfactor=2", "", "byrequests"), async side =>
        {
            var log = await SequenceAsync(side, 6);
            await side.StopAsync("n2");
            await side.StopAsync("n3");
            return await SequenceAsync(side, 6, log);
        });

    [SkippableFact]
    public Task Bybusyness_sequential_requests_tie_on_busy_and_follow_lbstatus() =>
        AssertSameAsync(Config("", "loadfactor=2", "loadfactor=3", "bybusyness"), side => SequenceAsync(side, 12));
}
