using System.Text.RegularExpressions;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// balancer-manager against the real apache2 (httpd-proxy.md §3.10): ProxyPass precedence with a '!'
/// exclusion, Require enforcement, parameters dropped without a same-host Referer, changes only with the
/// nonce, and the effect of a change on the next requests. The HTML differs in layout; the member status
/// cells and the request outcomes are compared.
/// </summary>
[Collection(BalancerDifferential.Collection)]
public sealed partial class BalancerManagerDifferentialTests
{
    private const string Config = """
        <Directory />
          Require all denied
        </Directory>
        <Proxy "balancer://c1">
          BalancerMember http://127.0.0.1:{P1} route=n1
          BalancerMember http://127.0.0.1:{P2} route=n2
          BalancerMember http://127.0.0.1:{P3} route=n3
          ProxySet stickysession=JSESSIONID
        </Proxy>
        ProxyPass /balancer-manager !
        ProxyPass /closed-manager !
        ProxyPass /app balancer://c1/app
        <Location "/balancer-manager">
          SetHandler balancer-manager
          Require ip 127.0.0.1
        </Location>
        <Location "/denied-manager">
          SetHandler balancer-manager
          Require ip 10.1.2.3
        </Location>
        <Location "/closed-manager">
          SetHandler balancer-manager
        </Location>

        """;

    [SkippableFact]
    public async Task Balancer_manager_Require_nonce_Referer_and_status_change_match_apache2()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var (httpd, ours, _) = await BalancerDifferential.RunAsync(Config, async side =>
        {
            var log = new List<string>
            {
                await side.GetAsync("/denied-manager"),
                await side.GetAsync("/closed-manager"),
                await side.GetAsync("/balancer-manager"),
            };
            var manager = side.Url + "/balancer-manager";
            var page = await side.Client.GetStringAsync(manager);
            var nonce = NonceRegex().Match(page).Groups[1].Value;
            var worker = WorkerRegex().Matches(page)[1].Groups[1].Value;
            var form = new Dictionary<string, string> { ["b"] = "c1", ["w"] = worker, ["nonce"] = nonce, ["w_status_D"] = "1" };

            log.Add("no referer: " + await PostAsync(side, manager, form, referer: null));
            log.Add("bad nonce: " + await PostAsync(side, manager, form.ToDictionary(kv => kv.Key, kv => kv.Key == "nonce" ? "0000" : kv.Value), manager));
            log.Add("other host: " + await PostAsync(side, manager, form, "http://evil.example/balancer-manager"));
            log.Add("ok: " + await PostAsync(side, manager, form, manager));
            for (var i = 0; i < 4; i++)
            {
                log.Add(await side.GetAsync("/app/x", i % 2 == 0 ? "JSESSIONID=a.n2" : null));
            }

            form["w_status_D"] = "0";
            log.Add("enable: " + await PostAsync(side, manager, form, manager));
            log.Add(await side.GetAsync("/app/x", "JSESSIONID=a.n2"));
            return log;
        });

        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
    }

    /// <summary>POSTs the form and returns the status plus every member's status cell.</summary>
    private static async Task<string> PostAsync(BalancerDifferential.Side side, string url, Dictionary<string, string> form, string? referer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        using var response = await side.Client.SendAsync(request);
        var page = await side.Client.GetStringAsync(url);
        return (int)response.StatusCode + " " + string.Join(",", StatusRegex().Matches(page).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex("nonce=([0-9a-f-]{36})")]
    private static partial Regex NonceRegex();

    [GeneratedRegex("<td><a href=\"[^\"]*&amp;w=[^\"]*\">([^<]+)</a>")]
    private static partial Regex WorkerRegex();

    [GeneratedRegex("<td>(Init [^<]*)</td>")]
    private static partial Regex StatusRegex();
}
