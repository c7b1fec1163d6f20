using System.Net;
using CsCheck;
using TomcatCompat.Balancer.Manager;

namespace TomcatCompat.Balancer.Tests.Manager;

public class RequireRuleTests
{
    [Theory]
    [InlineData("ip 127.0.0.1", "127.0.0.1", true)]
    [InlineData("ip 10.1", "10.1.200.3", true)]
    [InlineData("ip 10.1", "10.2.0.1", false)]
    [InlineData("ip 192.168.0.0/16 ::1", "::1", true)]
    [InlineData("ip 172.16.0.0/255.240.0.0", "172.31.9.9", true)]
    [InlineData("ip 172.16.0.0/255.240.0.0", "172.32.0.1", false)]
    public void Require_ip_accepts_full_partial_cidr_and_netmask_forms(string line, string client, bool expected)
    {
        var rule = RequireRule.Parse(line)!;

        Assert.Equal(RequireKind.Ip, rule.Kind);
        Assert.Equal(expected, rule.Networks.Any(n => n.Contains(IPAddress.Parse(client))));
    }

    [Theory]
    [InlineData("all granted", "AllGranted")]
    [InlineData("all denied", "AllDenied")]
    [InlineData("local", "Local")]
    [InlineData("host example.com", "Host")]
    public void Require_providers_reproduced(string line, string kind) => Assert.Equal(kind, RequireRule.Parse(line)!.Kind.ToString());

    [Theory]
    [InlineData("valid-user")]
    [InlineData("not ip 10.0.0.1")]
    [InlineData("ip 300.1.1.1")]
    [InlineData("env LOCAL")]
    [InlineData("")]
    public void Require_forms_not_reproduced_parse_to_null(string line) => Assert.Null(RequireRule.Parse(line));

    [Fact]
    public void Require_random_lines_never_throw() => Gen.String.Sample(s => _ = RequireRule.Parse("ip " + s), iter: 300);
}
