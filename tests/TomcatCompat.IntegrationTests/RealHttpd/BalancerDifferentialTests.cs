using System.Globalization;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// The same generated config served by the real apache2 and by BalancerHost in front of the same echo
/// backends must give the same observable outcome for the same request sequence (httpd-proxy.md §2.11,
/// §3.2–§3.9, §4.1, §6.3). Differences that remain are documented in docs/support/balancer.md.
/// </summary>
[Collection(BalancerDifferential.Collection)]
public sealed class BalancerDifferentialTests
{
    private const string ThreeMembers = """
        <Proxy "balancer://c1">
          BalancerMember http://127.0.0.1:{P1} route=n1 {F1}
          BalancerMember http://127.0.0.1:{P2} route=n2 {F2}
          BalancerMember http://127.0.0.1:{P3} route=n3 {F3}
          ProxySet stickysession=JSESSIONID|jsessionid {B}
        </Proxy>
        ProxyPass /app balancer://c1/app

        """;

    private static string Config(string f1 = "", string f2 = "", string f3 = "", string balancer = "") =>
        ThreeMembers.Replace("{F1}", f1, StringComparison.Ordinal).Replace("{F2}", f2, StringComparison.Ordinal)
            .Replace("{F3}", f3, StringComparison.Ordinal).Replace("{B}", balancer, StringComparison.Ordinal);

    private static async Task AssertSameAsync(string config, Func<BalancerDifferential.Side, Task<List<string>>> scenario)
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, _) = await BalancerDifferential.RunAsync(config, scenario);
        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    [SkippableFact]
    public Task Byrequests_loadfactor_3_1_1_over_100_requests_mixing_JSESSIONID_cookie_and_jsessionid_path() =>
        AssertSameAsync(Config(f1: "loadfactor=3"), async side =>
        {
            var log = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                var line = (i % 5, i % 7) switch
                {
                    (1, _) => await side.GetAsync("/app/x", "JSESSIONID=abc.n2"),
                    (_, 3) => await side.GetAsync("/app/x;jsessionid=def.n3?q=1"),
                    _ => await side.GetAsync("/app/x"),
                };
                log.Add(i.ToString(CultureInfo.InvariantCulture) + " " + line);
            }

            return log;
        });

    [SkippableFact]
    public Task Member_killed_mid_sequence_fails_over_and_is_skipped_for_retry() =>
        AssertSameAsync(Config(), async side =>
        {
            var log = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                if (i == 10)
                {
                    await side.StopAsync("n2");
                }

                log.Add(await side.GetAsync("/app/x", i % 4 == 0 ? "JSESSIONID=a.n2" : null));
            }

            return log;
        });

    [SkippableFact]
    public Task Nofailover_On_answers_503_for_a_dead_route_and_200_without_one() =>
        AssertSameAsync(Config(balancer: "nofailover=On"), async side =>
        {
            var log = new List<string> { await side.GetAsync("/app/x", "JSESSIONID=a.n2") };
            await side.StopAsync("n2");
            log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n2"));
            log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n2"));
            log.Add(await side.GetAsync("/app/x"));
            log.Add(await side.GetAsync("/app/x"));
            return log;
        });

    [SkippableFact]
    public Task Hot_standby_serves_only_when_the_others_are_down() =>
        AssertSameAsync(Config(f3: "status=+H"), async side =>
        {
            var log = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                log.Add(await side.GetAsync("/app/x"));
            }

            log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n3"));
            await side.StopAsync("n1");
            await side.StopAsync("n2");
            for (var i = 0; i < 4; i++)
            {
                log.Add(await side.GetAsync("/app/x"));
            }

            return log;
        });

    [SkippableFact]
    public Task Drained_member_keeps_sticky_users_and_disabled_member_loses_them() =>
        AssertSameAsync(Config(f2: "status=+N", f3: "status=+D"), async side =>
        {
            var log = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                log.Add(await side.GetAsync("/app/x"));
                log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n2"));
                log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n3"));
            }

            return log;
        });

    [SkippableFact]
    public Task ROUTEID_recipe_sets_the_cookie_only_when_the_route_changed() =>
        AssertSameAsync("""
            Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
            <Proxy "balancer://c1">
              BalancerMember http://127.0.0.1:{P1} route=n1
              BalancerMember http://127.0.0.1:{P2} route=n2
              BalancerMember http://127.0.0.1:{P3} route=n3
              ProxySet stickysession=ROUTEID
            </Proxy>
            ProxyPass /app balancer://c1/app

            """, async side =>
        {
            var log = new List<string>
            {
                await side.GetAsync("/app/x", null, "Set-Cookie"),
                await side.GetAsync("/app/x", null, "Set-Cookie"),
                await side.GetAsync("/app/x", "ROUTEID=.n3", "Set-Cookie"),
                await side.GetAsync("/app/x", "ROUTEID=.n9", "Set-Cookie"),
            };
            await side.StopAsync("n3");
            log.Add(await side.GetAsync("/app/x", "ROUTEID=.n3", "Set-Cookie"));
            return log;
        });

    [SkippableFact]
    public Task ProxyPassReverse_rewrites_Location_and_ProxyPassReverseCookiePath_rewrites_the_cookie() =>
        AssertSameAsync("""
            <Proxy "balancer://c1">
              BalancerMember http://127.0.0.1:{P1} route=n1
            </Proxy>
            ProxyPass /pub balancer://c1/app
            ProxyPassReverse /pub balancer://c1/app
            ProxyPassReverseCookiePath /app /pub

            """, async side =>
        [
            await side.GetAsync("/pub/redirect", null, "Location", "Set-Cookie"),
        ]);

    [SkippableFact]
    public Task All_members_down_answers_the_same_503_page() =>
        AssertSameAsync(Config(), async side =>
        {
            await side.StopAsync("n1");
            await side.StopAsync("n2");
            await side.StopAsync("n3");
            var log = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                using var response = await side.Client.GetAsync(side.Url + "/app/x");
                log.Add($"{(int)response.StatusCode} {response.ReasonPhrase} {response.Content.Headers.ContentType} {string.Join(",", response.Headers.Connection)}");
                log.Add(await response.Content.ReadAsStringAsync());
            }

            return log;
        });
}
