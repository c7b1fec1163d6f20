using PuppeteerSharp;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// balancer-manager driven by a real headless Chromium (httpd-proxy.md §3.10), once against the real
/// apache2 and once against BalancerHost on the same config: the member table, the edit form's field
/// names, a submit with a wrong nonce (refused: nothing changes), a submit that disables a member and
/// changes its loadfactor, and the routing of the following requests (D loses sticky users, §3.4) must
/// be the same. Set TOMCATCOMPAT_MANAGER_SCREENSHOT=FILE to keep a screenshot of our page.
/// </summary>
[Collection(BalancerDifferential.Collection)]
public sealed class BalancerManagerBrowserTests
{
    private const string Config = """
        <Proxy "balancer://c1">
          BalancerMember http://127.0.0.1:{P1} route=n1
          BalancerMember http://127.0.0.1:{P2} route=n2 loadfactor=3
          BalancerMember http://127.0.0.1:{P3} route=n3 lbset=1
          ProxySet stickysession=JSESSIONID
        </Proxy>
        ProxyPass /balancer-manager !
        ProxyPass /app balancer://c1/app
        <Location "/balancer-manager">
          SetHandler balancer-manager
          Require ip 127.0.0.1
        </Location>

        """;

    /// <summary>Route, Factor, Set and Status of each row of the member table (the column whose header is "Worker URL").</summary>
    private const string MemberRows = """
        (() => {
          const table = [...document.querySelectorAll('table')].find(t => t.rows.length && t.rows[0].innerText.includes('Worker URL'));
          const head = [...table.rows[0].cells].map(c => c.innerText.trim());
          const col = n => head.indexOf(n);
          return [...table.rows].slice(1).map(r => ['Route', 'Factor', 'Set', 'Status'].map(n => r.cells[col(n)].innerText.trim()).join(' | '));
        })()
        """;

    private const string FormFields = """
        [...new Set([...document.querySelectorAll('form input, form select, form textarea')].map(e => e.name + ':' + (e.type || e.tagName)))].sort()
        """;

    [SkippableFact]
    public async Task Balancer_manager_in_Chromium_edit_form_nonce_and_disable_behave_as_apache2()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        var chromium = RealPrograms.Require("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
            Timeout = 30_000,
        });
        var sides = 0;
        var (httpd, ours, _) = await BalancerDifferential.RunAsync(Config, async side =>
        {
            var log = new List<string>();
            await using var page = await browser.NewPageAsync();
            page.DefaultTimeout = 20_000;
            var manager = side.Url + "/balancer-manager";
            await page.GoToAsync(manager);
            log.Add("title: " + await page.GetTitleAsync());
            log.AddRange(await page.EvaluateExpressionAsync<string[]>(MemberRows));

            // The member's edit link (the second worker, n2), as a user would follow it.
            await OpenEditAsync(page, 1);
            log.Add("fields: " + string.Join(", ", await page.EvaluateExpressionAsync<string[]>(FormFields)));

            // A forged form (wrong nonce) is refused: the page comes back, nothing changes.
            await page.EvaluateExpressionAsync("document.querySelector(\"input[name='nonce']\").value = '00000000-0000-0000-0000-000000000000'");
            await SubmitAsync(page, lf: "1", disable: true);
            await page.GoToAsync(manager);
            log.Add("after wrong nonce:");
            log.AddRange(await page.EvaluateExpressionAsync<string[]>(MemberRows));

            await OpenEditAsync(page, 1);
            await SubmitAsync(page, lf: "2", disable: true);
            await page.GoToAsync(manager);
            log.Add("after submit:");
            log.AddRange(await page.EvaluateExpressionAsync<string[]>(MemberRows));
            if (++sides == 2 && Environment.GetEnvironmentVariable("TOMCATCOMPAT_MANAGER_SCREENSHOT") is { Length: > 0 } shot)
            {
                await page.ScreenshotAsync(shot, new ScreenshotOptions { FullPage = true });
            }

            // No new session goes to the disabled n2; its sticky users lose it (D, not N).
            for (var i = 0; i < 4; i++)
            {
                log.Add(await side.GetAsync("/app/x?quiet"));
                log.Add(await side.GetAsync("/app/x?quiet", "JSESSIONID=s.n2"));
            }

            return log;
        });

        if (Environment.GetEnvironmentVariable("TOMCATCOMPAT_MANAGER_TRANSCRIPT") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, string.Join("\n", httpd) + "\n=====\n" + string.Join("\n", ours));
        }

        Assert.Equal(string.Join("\n", httpd), string.Join("\n", ours));
        Assert.Contains("fields: ", string.Join("\n", ours), StringComparison.Ordinal);
    }

    private static async Task OpenEditAsync(IPage page, int member)
    {
        var navigation = page.WaitForNavigationAsync();
        await page.EvaluateExpressionAsync($"[...document.querySelectorAll('a')].filter(a => a.href.includes('w='))[{member}].click()");
        await navigation;
    }

    private static async Task SubmitAsync(IPage page, string lf, bool disable)
    {
        await page.EvaluateExpressionAsync($"document.querySelector(\"input[name='w_lf']\").value = '{lf}'");
        await page.ClickAsync($"input[name='w_status_D'][value='{(disable ? 1 : 0)}']");
        var navigation = page.WaitForNavigationAsync();
        await page.ClickAsync("form input[type='submit']");
        await navigation;
    }
}
