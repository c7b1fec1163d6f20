using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Balancer.Tests.Forwarding;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Health;

public class HealthCheckerTests
{
    private static MemberState Checked(int passes, int fails, MemberStatus status = MemberStatus.None) =>
        new(Member("m", 1, status: status) with { HealthCheck = new HealthCheckSpec { Method = "GET", Passes = passes, Fails = fails } }, 0, "m0");

    [Fact]
    public void hcfails_2_sets_C_after_two_failures_not_necessarily_back_to_back()
    {
        var member = Checked(passes: 1, fails: 2);
        var now = DateTimeOffset.UnixEpoch;

        Assert.False(HealthChecker.Apply(member, passed: false, now));
        Assert.False(HealthChecker.Apply(member, passed: true, now));
        Assert.True(HealthChecker.Apply(member, passed: false, now));

        Assert.Equal(MemberStatus.HealthCheckFailed, member.Status);
        Assert.Equal((0, now), (member.HealthFails, member.ErrorTime));
    }

    [Fact]
    public void hcpasses_3_clears_C_and_E_after_three_passes()
    {
        var member = Checked(passes: 3, fails: 1, MemberStatus.HealthCheckFailed | MemberStatus.InError);

        Assert.False(HealthChecker.Apply(member, passed: true, DateTimeOffset.UnixEpoch));
        Assert.False(HealthChecker.Apply(member, passed: true, DateTimeOffset.UnixEpoch));
        Assert.True(HealthChecker.Apply(member, passed: true, DateTimeOffset.UnixEpoch));

        Assert.Equal(MemberStatus.None, member.Status);
        Assert.True(member.IsUsable);
    }

    [Fact]
    public void A_pass_on_a_healthy_member_changes_nothing()
    {
        var member = Checked(passes: 1, fails: 1);

        Assert.False(HealthChecker.Apply(member, passed: true, DateTimeOffset.UnixEpoch));
        Assert.Equal(0, member.HealthPasses);
    }

    [Fact]
    public async Task hcmethod_GET_with_hcexpr_marks_a_dead_member_C_and_recovers_it_on_hcinterval()
    {
        await using var backend = await EchoBackend.StartAsync("tomcat1");
        var deadPort = FreePort();
        var hc = new HealthCheckSpec { Method = "GET", Uri = "/health", IntervalMs = 5000, Passes = 1, Fails = 1, ExpressionName = "ok", Expression = "{%{REQUEST_STATUS} =~ /^2/ && hc('body') =~ /node=/}" };
        var topology = Topology(Spec(
            Member("tomcat1", backend.Port) with { HealthCheck = hc },
            Member("tomcat2", deadPort) with { HealthCheck = hc }));
        var mapping = TopologyToYarp.Map(topology);
        Assert.Empty(mapping.Diagnostics);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var checker = new HealthChecker(new BalancerRegistry(mapping), time, NullLogger<HealthChecker>.Instance);
        var balancer = mapping.Balancers["balancer://c1"];

        await checker.RunDueAsync(CancellationToken.None);
        Assert.Equal([MemberStatus.None, MemberStatus.HealthCheckFailed], balancer.Members.Select(m => m.Status));

        // Not due yet: nothing is checked before hcinterval has passed.
        await checker.RunDueAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        await backend.StopAsync();
        await checker.RunDueAsync(CancellationToken.None);
        Assert.Equal([MemberStatus.HealthCheckFailed, MemberStatus.HealthCheckFailed], balancer.Members.Select(m => m.Status));
    }

    [Fact]
    public void hcmethod_CPING_and_unreadable_hcexpr_are_reported()
    {
        var topology = Topology(Spec(
            Member("a", 1) with { HealthCheck = new HealthCheckSpec { Method = "CPING", Source = Span(7) } },
            Member("b", 2) with { HealthCheck = new HealthCheckSpec { Method = "GET", ExpressionName = "x", Expression = "%{HTTP_HOST} == 'a'", Source = Span(8) } }));

        var diagnostics = TopologyToYarp.Map(topology).Diagnostics;

        Assert.Equal(["TC4407@7", "TC4413@8"], diagnostics.Select(d => d.Code + "@" + d.Span.Line));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
