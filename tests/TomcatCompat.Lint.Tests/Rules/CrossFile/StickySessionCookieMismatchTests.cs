using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Rules.CrossFile;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

public sealed class StickySessionCookieMismatchTests
{
    private readonly StickySessionCookieMismatch _rule = new();

    [Fact]
    public void Stickysession_lowercase_jsessionid_never_matches_the_JSESSIONID_cookie()
    {
        var topology = Healthy().WithBalancer(b => b with { StickySession = ["jsessionid"] });
        var d = Single(_rule, topology, CrossFileFixture.Httpd, 10);
        Assert.Equal(
            "balancer \"balancer://app\" stickysession \"jsessionid\" never matches the session cookie \"JSESSIONID\" of webapp \"/app\" on node \"node1\" (names are case-sensitive), so stickiness never engages; set stickysession=JSESSIONID|jsessionid",
            d.Message);
    }

    [Fact]
    public void Stickysession_JSESSIONID_vs_web_xml_cookie_config_name_is_flagged()
    {
        var topology = Healthy().WithNode(1, n => n with { Webapps = [n.Webapps[0] with { CookieName = "APPSESSION" }] });
        Assert.Contains("session cookie \"APPSESSION\" of webapp \"/app\" on node \"node2\"", Single(_rule, topology, CrossFileFixture.Httpd, 10).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stickysession_matching_the_cookie_is_not_flagged() => Assert.Empty(Run(_rule, Healthy()));

    [Fact]
    public void Stickysession_ROUTEID_set_by_mod_headers_is_not_flagged()
    {
        var topology = Healthy().WithBalancer(b => b with { StickySession = ["ROUTEID"] }) with
        {
            VirtualHosts =
            [
                new VirtualHostSpec
                {
                    Id = "main", IsMain = true,
                    Headers = [new HeaderRule("onsuccess", "add", "Set-Cookie", "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/", "BALANCER_ROUTE_CHANGED", new SourceSpan(CrossFileFixture.Httpd, 5))],
                },
            ],
        };
        Assert.Empty(Run(_rule, topology));
    }

    [Fact]
    public void Webapp_outside_the_mounted_path_is_not_flagged()
    {
        var topology = Healthy().WithNode(0, n => n with { Webapps = [.. n.Webapps, new WebApp { Host = "localhost", ContextPath = "/other", CookieName = "X", Source = new SourceSpan("node1/webapps/other/WEB-INF/web.xml", 2) }] });
        Assert.Empty(Run(_rule, topology));
    }

    [Fact]
    public void Url_only_tracking_matches_on_the_url_parameter()
    {
        var topology = Healthy().WithBalancer(b => b with { StickySession = ["jsessionid"] })
            .WithNode(0, n => n with { Webapps = [n.Webapps[0] with { TrackingModes = ["URL"] }] })
            .WithNode(1, n => n with { Webapps = [n.Webapps[0] with { TrackingModes = ["URL"] }] });
        Assert.Empty(Run(_rule, topology));
    }
}
