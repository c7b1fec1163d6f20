using CsCheck;
using TomcatCompat.Balancer.Headers;

namespace TomcatCompat.Balancer.Tests.Headers;

public class ReverseMapTests
{
    private static ReverseMap Map(params ReverseMapEntry[] entries) => new([.. entries], [], []);

    [Theory]
    [InlineData("http://127.0.0.1:19001/app/x?y=1", "http://public.example/test/x?y=1")]
    [InlineData("HTTP://127.0.0.1:19002/app/", "http://public.example/test/")]
    [InlineData("http://127.0.0.1:19003/app/x", null)]
    [InlineData("http://127.0.0.1:19001/other", null)]
    public void ProxyPassReverse_balancer_rule_tries_every_member_name(string location, string? expected)
    {
        var map = Map(new ReverseMapEntry("/test", "/app", ["http://127.0.0.1:19001", "http://127.0.0.1:19002"]));

        Assert.Equal(expected, map.MapLocation(location, "http://public.example"));
    }

    [Fact]
    public void ProxyPassReverse_root_public_path_keeps_one_slash()
    {
        var map = Map(new ReverseMapEntry("/", "", ["http://b:8080"]));

        Assert.Equal("http://h:81/x", map.MapLocation("http://b:8080/x", "http://h:81"));
    }

    [Theory]
    [InlineData("http://Backend:8080/app/login", "http://h/p/login")]
    [InlineData("http://other/app/login", null)]
    public void ProxyPassReverse_plain_url_prefix_is_case_insensitive(string location, string? expected) =>
        Assert.Equal(expected, Map(new ReverseMapEntry("/p", "http://backend:8080/app", [])).MapLocation(location, "http://h"));

    [Theory]
    [InlineData("http://anything:1/app/a", "http://h/p/a")]
    [InlineData("/app/a", "http://h/p/a")]
    [InlineData("/other", null)]
    public void ProxyPassReverse_path_rule_compares_the_path_part(string location, string? expected) =>
        Assert.Equal(expected, Map(new ReverseMapEntry("/p", "/app", [])).MapLocation(location, "http://h"));

    [Fact]
    public void ProxyPassReverse_first_matching_rule_wins_and_url_public_side_stays_absolute()
    {
        var map = Map(
            new ReverseMapEntry("https://www.example.com/a/", "http://b/", []),
            new ReverseMapEntry("/second", "http://b/", []));

        Assert.Equal("https://www.example.com/a/x", map.MapLocation("http://b/x", "http://h"));
    }

    [Theory]
    [InlineData("JSESSIONID=1; Path=/example; HttpOnly", "JSESSIONID=1; Path=/mirror/; HttpOnly")]
    [InlineData("a=b; path=/", "a=b; path=/mirror/")]
    [InlineData("a=b", "a=b")]
    public void ProxyPassReverseCookiePath_prefix_replaces_the_whole_path(string cookie, string expected)
    {
        var map = new ReverseMap([], [("/mirror/", "/")], []);

        Assert.Equal(expected, map.MapCookie(cookie));
    }

    [Fact]
    public void ProxyPassReverseCookiePath_is_case_sensitive_and_CookieDomain_is_not()
    {
        var map = new ReverseMap([], [("/pub", "/App")], [("public.example", "backend.internal")]);

        Assert.Equal("a=1; path=/app/x; Domain=public.example", map.MapCookie("a=1; path=/app/x; Domain=BACKEND.internal"));
    }

    [Fact]
    public void ReverseMap_random_values_never_throw()
    {
        var map = new ReverseMap(
            [new ReverseMapEntry("/", "", ["http://b"]), new ReverseMapEntry("/p", "/x", [])],
            [("/", "/")],
            [("d", "")]);
        Gen.Select(Gen.String, Gen.String).Sample((location, cookie) =>
        {
            _ = map.MapLocation(location, "http://h");
            Assert.NotNull(map.MapCookie(cookie));
        }, iter: 300);
    }
}
