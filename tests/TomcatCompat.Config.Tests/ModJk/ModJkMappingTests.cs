using TomcatCompat.Config.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tests.ModJk;

public sealed class ModJkMappingTests
{
    private const string TwoNodes = """
        worker.list=lb
        worker.lb.type=lb
        worker.lb.balance_workers=node1,node2
        worker.node1.type=ajp13
        worker.node1.host=TC1.example
        worker.node1.port=8009
        worker.node1.lbfactor=1
        worker.node2.type=ajp13
        worker.node2.host=tc2.example:8010
        worker.node2.lbfactor=3
        """;

    [Fact]
    public void Lb_worker_becomes_a_balancer_with_ajp_members_and_mod_jk_defaults()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes);
        Assert.Empty(d);
        var b = Assert.Single(t.Balancers);
        Assert.Equal(("lb", "mod_jk", "main", "byrequests"), (b.Name, b.Origin, b.Scope, b.LbMethod));
        Assert.Equal(new[] { "JSESSIONID", "jsessionid" }, b.StickySession);
        Assert.Equal((false, 1), (b.NoFailover, b.MaxAttempts));
        Assert.Equal("lb", b.Parameters["type"]);
        Assert.Equal(new SourceSpan("workers.properties", 2), b.Source);

        Assert.Equal(["ajp://tc1.example", "ajp://tc2.example:8010"], b.Members.Select(m => m.Url));
        var n2 = b.Members[1];
        Assert.Equal(("ajp", "tc2.example", 8010, "node2", 3m, 60), (n2.Scheme, n2.Host, n2.Port, n2.Route, n2.LoadFactor, n2.Retry));
        Assert.Equal("node2", n2.Parameters["worker"]);
    }

    [Fact]
    public void Lb_method_T_B_map_to_bytraffic_bybusyness_and_S_is_TC4100()
    {
        Assert.Equal("bytraffic", JkTestTree.Workers(TwoNodes + "\nworker.lb.method=T").Topology.Balancers[0].LbMethod);
        Assert.Equal("bybusyness", JkTestTree.Workers(TwoNodes + "\nworker.lb.method=2").Topology.Balancers[0].LbMethod);
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.lb.method=Session");
        Assert.Equal("byrequests", t.Balancers[0].LbMethod);
        Assert.Equal(["TC4100"], d.Codes());
    }

    [Fact]
    public void Lb_sticky_session_false_clears_stickiness_and_session_cookie_is_used()
    {
        Assert.Empty(JkTestTree.Workers(TwoNodes + "\nworker.lb.sticky_session=0").Topology.Balancers[0].StickySession);
        var (t, _) = JkTestTree.Workers(TwoNodes + "\nworker.lb.session_cookie=SID\nworker.lb.session_path=;sid");
        Assert.Equal(new[] { "SID", "sid" }, t.Balancers[0].StickySession);
    }

    [Fact]
    public void Lb_sticky_session_force_is_NoFailover_with_TC2208_and_TC4110()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.lb.sticky_session_force=true");
        Assert.True(t.Balancers[0].NoFailover);
        Assert.Equal(["TC2208", "TC4110"], d.Codes());
        Assert.All(d, x => Assert.Equal(11, x.Span.Line));
    }

    [Fact]
    public void Lb_members_sharing_a_route_is_TC2204_error()
    {
        var (_, d) = JkTestTree.Workers(TwoNodes + "\nworker.node2.route=node1");
        var diag = Assert.Single(d);
        Assert.Equal(("TC2204", DiagnosticSeverity.Error), (diag.Code, diag.Severity));
        Assert.Contains("share the route \"node1\"", diag.Message);
    }

    [Fact]
    public void Member_activation_D_S_and_port_0_map_to_status()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.node1.activation=D\nworker.node2.port=0");
        Assert.Equal([MemberStatus.Disabled, MemberStatus.Stopped], t.Balancers[0].Members.Select(m => m.Status));
        Assert.Equal(["TC4111", "TC2207"], d.Codes());
        Assert.Equal(MemberStatus.Stopped, JkTestTree.Workers(TwoNodes + "\nworker.node1.activation=stopped").Topology.Balancers[0].Members[0].Status);
    }

    [Fact]
    public void Member_deprecated_disabled_true_still_disables_with_TC2209()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.node1.disabled=true");
        Assert.Equal(MemberStatus.Disabled, t.Balancers[0].Members[0].Status);
        Assert.Equal(["TC2209", "TC4111"], d.Codes());
    }

    [Fact]
    public void Member_lbfactor_0_is_TC2222_and_becomes_1_bad_integer_is_TC2205()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.node1.lbfactor=0\nworker.node2.lbfactor=heavy");
        Assert.Equal([1m, 1m], t.Balancers[0].Members.Select(m => m.LoadFactor));
        Assert.Equal(["TC2203", "TC2203", "TC2222", "TC2205"], d.Codes());
        Assert.Equal("\"heavy\" for worker.node2.lbfactor is not an integer (optionally with k or M), so 1 is used; write a number", d[3].Message);
    }

    [Fact]
    public void Member_timeouts_ping_pool_secret_distance_redirect_are_mapped()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + """

            worker.lb.secret=s3cret
            worker.lb.recover_time=30
            worker.node1.socket_timeout=10
            worker.node1.ping_mode=A
            worker.node1.ping_timeout=2000
            worker.node1.connection_pool_size=25
            worker.node1.connection_pool_timeout=600
            worker.node1.connection_acquire_timeout=500
            worker.node1.distance=1
            worker.node1.redirect=node2
            worker.node2.reply_timeout=1500
            worker.node2.socket_connect_timeout=700
            """);
        var (n1, n2) = (t.Balancers[0].Members[0], t.Balancers[0].Members[1]);
        Assert.Equal((10, 10_000, 2000, 25, 600, 500, 1, "node2", "s3cret", 30), (n1.Timeout, n1.ConnectionTimeoutMs, n1.PingMs, n1.Max, n1.Ttl, n1.AcquireMs, n1.LbSet, n1.Redirect, n1.Secret, n1.Retry));
        Assert.Equal((2, 700, "s3cret"), (n2.Timeout, n2.ConnectionTimeoutMs, n2.Secret));
        Assert.DoesNotContain("secret", t.Balancers[0].Parameters.Keys);
        Assert.Equal(["TC4101"], d.Codes());
    }

    [Fact]
    public void Standalone_listed_ajp13_worker_is_a_single_member_balancer()
    {
        var (t, d) = JkTestTree.Workers("worker.list=w\nworker.w.type=ajp13\nworker.w.port=8019\n");
        var b = Assert.Single(t.Balancers);
        Assert.Equal(("w", "ajp13", 0), (b.Name, b.Parameters["type"], b.MaxAttempts));
        Assert.Empty(b.StickySession);
        Assert.Equal("ajp://localhost:8019", Assert.Single(b.Members).Url);
        Assert.Empty(d);
    }

    [Fact]
    public void Worker_list_default_is_ajp13_at_localhost_8009()
    {
        var (t, d) = JkTestTree.Workers("some=variable\n");
        var b = Assert.Single(t.Balancers);
        Assert.Equal(("ajp13", "ajp://localhost", 8009), (b.Name, b.Members[0].Url, b.Members[0].Port));
        Assert.Empty(d);
    }

    [Fact]
    public void Worker_list_naming_undefined_worker_is_TC2200_and_unlisted_worker_TC2219()
    {
        var (_, d) = JkTestTree.Workers("worker.list=ghost\nworker.other.port=1\n");
        Assert.Equal(["TC2200", "TC2219"], d.Codes());
    }

    [Fact]
    public void Balance_workers_problems_undefined_wrong_type_empty()
    {
        Assert.Equal(["TC2201"], JkTestTree.Workers("worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=nope\n").Diagnostics.Codes());
        Assert.Equal(["TC2215"], JkTestTree.Workers("worker.list=lb\nworker.lb.type=lb\nworker.lb.balance_workers=st\nworker.st.type=status\n").Diagnostics.Codes());
        Assert.Equal(["TC2216"], JkTestTree.Workers("worker.list=lb\nworker.lb.type=lb\n").Diagnostics.Codes());
    }

    [Fact]
    public void Unknown_type_is_TC2214_and_status_worker_options_TC4104()
    {
        Assert.Equal(["TC2214"], JkTestTree.Workers("worker.list=x\nworker.x.type=ajp12\n").Diagnostics.Codes());
        var (t, d) = JkTestTree.Workers("worker.list=jkstatus\nworker.jkstatus.type=status\nworker.jkstatus.read_only=true\n");
        Assert.Empty(t.Balancers);
        Assert.Equal(["TC4104"], d.Codes());
    }

    [Fact]
    public void Unsupported_attribute_max_packet_size_is_TC4108_and_kept_in_parameters()
    {
        var (t, d) = JkTestTree.Workers(TwoNodes + "\nworker.node1.max_packet_size=65536");
        Assert.Equal("65536", t.Balancers[0].Members[0].Parameters["max_packet_size"]);
        Assert.Equal(["TC4108"], d.Codes());
    }

    [Fact]
    public void Worker_in_two_lbs_reports_its_problems_once()
    {
        var (t, d) = JkTestTree.Workers("""
            worker.list=a,b
            worker.a.type=lb
            worker.a.balance_workers=n
            worker.b.type=lb
            worker.b.balance_workers=n
            worker.n.lbfactor=zero
            """);
        Assert.Equal(2, t.Balancers.Length);
        Assert.Equal(["TC2205"], d.Codes());
    }

    [Fact]
    public void Worker_maintain_is_TC4107()
    {
        var (_, d) = JkTestTree.Workers("worker.maintain=30\n");
        var diag = Assert.Single(d);
        Assert.Equal(("TC4107", 1), (diag.Code, diag.Span.Line));
    }
}
