using CsCheck;
using TomcatCompat.Balancer.Affinity;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Affinity;

public class RouteExtractorTests
{
    private static string? Route(string url, string? cookie, string sticky = "ROUTEID", char? sep = '.', bool scolon = false) =>
        RouteExtractor.Extract(url, cookie, Sticky(sticky.Split('|')), sep, scolon)?.Route;

    [Theory]
    [InlineData("ROUTEID=.n1", "n1")]
    [InlineData("ROUTEID=abc.n3", "n3")]
    [InlineData("ROUTEID=a.n1.b", "n1.b")]
    [InlineData("foo=1;  ROUTEID = .n1", "n1")]
    [InlineData("foo=1, ROUTEID=.n2; x=y", "n2")]
    [InlineData("XROUTEID=.n1", null)]
    [InlineData("ROUTEID=n1", null)]
    [InlineData("ROUTEID=", null)]
    [InlineData("ROUTEID=\".n1\"", "n1\"")]
    public void Stickysession_cookie_value_after_first_separator(string cookie, string? expected) =>
        Assert.Equal(expected, Route("/x", cookie));

    [Theory]
    [InlineData("/x;ROUTEID=.n1", "n1")]
    [InlineData("/x?a=1&ROUTEID=.n1", "n1")]
    [InlineData("/app/ROUTEID=.n1/x", "n1/x")]
    [InlineData("/x;ROUTEID=.n1;foo=bar", "n1;foo=bar")]
    [InlineData("/x?ROUTEID=%2En1", null)]
    public void Stickysession_url_parameter_is_a_plain_substring(string url, string? expected) =>
        Assert.Equal(expected, Route(url, null));

    [Fact]
    public void Scolonpathdelim_On_ends_the_value_at_semicolon() =>
        Assert.Equal("n1", Route("/x;ROUTEID=.n1;foo=bar", null, scolon: true));

    [Fact]
    public void Stickysession_url_wins_over_cookie() =>
        Assert.Equal("n1", Route("/x;ROUTEID=.n1", "ROUTEID=.n2"));

    [Fact]
    public void Stickysession_JSESSIONID_jsessionid_uses_cookie_name_and_url_name()
    {
        var fromUrl = RouteExtractor.Extract("/c2/x;jsessionid=xyz.n1", "JSESSIONID=abc.n2", Sticky("JSESSIONID", "jsessionid"), '.', false);
        var fromCookie = RouteExtractor.Extract("/c2/x", "JSESSIONID=abc.tomcat2", Sticky("JSESSIONID", "jsessionid"), '.', false);

        Assert.Equal(new StickyRoute("n1", "jsessionid"), fromUrl);
        Assert.Equal(new StickyRoute("tomcat2", "JSESSIONID"), fromCookie);
    }

    [Fact]
    public void Stickysessionsep_Off_takes_the_whole_value() =>
        Assert.Equal("n1", Route("/x", "ROUTEID=n1", sep: null));

    [Fact]
    public void Stickysessionsep_custom_character() =>
        Assert.Equal("n1", Route("/x", "ROUTEID=abc~n1", sep: '~'));

    [Fact]
    public void Empty_route_after_separator_is_reported_as_empty() =>
        Assert.Equal("", Route("/x", "ROUTEID=abc."));

    [Fact]
    public void Random_urls_and_cookies_never_throw() =>
        Gen.Select(Gen.String, Gen.String, Gen.Bool).Sample((url, cookie, scolon) =>
        {
            var r = RouteExtractor.Extract(url, cookie, Sticky("JSESSIONID", "jsessionid"), '.', scolon);
            Assert.True(r is null || r.Value.StickyName is "JSESSIONID" or "jsessionid");
        }, iter: 500);
}
