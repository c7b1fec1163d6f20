using TomcatCompat.Balancer.Health;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Tests.Health;

public class HealthCheckRequestTests
{
    private static BalancerMember Member(string path) => new()
    {
        Url = "http://h:8080" + path, Scheme = "http", Host = "h", Port = 8080, Path = path,
    };

    [Theory]
    [InlineData("/app", "HEAD11", "/st", "HEAD /app//st HTTP/1.1\r\nHost: h:8080\r\n\r\n")]
    [InlineData("/app/", "GET", "st", "GET /app//st HTTP/1.0\r\nHost: h:8080\r\n\r\n")]
    [InlineData("/", "GET", "health2", "GET //health2 HTTP/1.0\r\nHost: h:8080\r\n\r\n")]
    [InlineData("/x/", "GET", "", "GET /x/ HTTP/1.0\r\nHost: h:8080\r\n\r\n")]
    [InlineData("", "GET", "", "GET  HTTP/1.0\r\nHost: h:8080\r\n\r\n")]
    [InlineData("/app", "OPTIONS11", "/st", "OPTIONS * HTTP/1.1\r\nHost: h:8080\r\n\r\n")]
    public void hcuri_target_is_built_exactly_as_mod_proxy_hcheck_sends_it(string path, string method, string uri, string expected) =>
        Assert.Equal(expected, HealthCheckRequest.Build(Member(path), new HealthCheckSpec { Method = method, Uri = uri }));

    [Fact]
    public void hcmethod_TCP_sends_nothing_and_CPING_is_not_run()
    {
        Assert.Null(HealthCheckRequest.Build(Member("/"), new HealthCheckSpec { Method = "tcp" }));
        Assert.False(HealthCheckRequest.IsSupported("CPING"));
        Assert.True(HealthCheckRequest.IsSupported("get11"));
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK", 200)]
    [InlineData("HTTP/1.0 503", 503)]
    [InlineData("HTTP/1.1 2x0 OK", 0)]
    [InlineData("SSH-2.0-OpenSSH", 0)]
    [InlineData("", 0)]
    public void Malformed_status_lines_fail_the_check(string line, int status) =>
        Assert.Equal(status, HealthCheckRequest.ParseStatus(line));
}
