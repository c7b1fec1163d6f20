using System.Collections.Immutable;
using CsCheck;
using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Mapping;

public class TopologyToYarpTests
{
    private static string? Backend(Topology topology, string path)
    {
        var mapping = TopologyToYarp.Map(topology);
        var scope = mapping.Mounts.ResolveScope("example.org");
        return MountTable.Match(scope, path) is { } m ? m.Mount.ClusterId + " " + m.BackendPath : null;
    }

    [Theory]
    [InlineData("/app", "balancer://c1 ")]
    [InlineData("/app/x;p=1", "balancer://c1 /x;p=1")]
    [InlineData("//app//x", "balancer://c1 //x")]
    [InlineData("/apple", null)]
    [InlineData("/APP/x", null)]
    public void ProxyPass_prefix_matches_like_httpd_alias_match(string path, string? expected) =>
        Assert.Equal(expected, Backend(Topology(Spec(Member("n1", 1))), path));

    [Fact]
    public void ProxyPass_bang_exclusion_before_a_broader_rule_stops_the_search()
    {
        var topology = Topology(Spec(Member("n1", 1)),
            ProxyPass("/app/static", "", 0, exclude: true), ProxyPass("/app", "balancer://c1/ctx", 1));

        Assert.Equal("tc:local /a.css", Backend(topology, "/app/static/a.css"));
        Assert.Equal("balancer://c1 /ctx/x", Backend(topology, "/app/x"));
    }

    [Fact]
    public void ProxyPassMatch_substitutes_dollar_groups_and_appends_uri_without_them()
    {
        var withGroup = new Mount { Kind = MountKind.ProxyPassMatch, Path = "^/img/(.*)\\.gif$", IsRegex = true, Target = "balancer://c1/pics/$1.png", Source = Span(60) };
        var without = new Mount { Kind = MountKind.ProxyPassMatch, Path = "\\.jpg$", IsRegex = true, Target = "balancer://c1", Order = 1, Source = Span(61) };
        var topology = Topology(Spec(Member("n1", 1)), withGroup, without);

        Assert.Equal("balancer://c1 /pics/a/b.png", Backend(topology, "/img/a/b.gif"));
        Assert.Equal("balancer://c1 /x/a.jpg", Backend(topology, "/x/a.jpg"));
    }

    [Fact]
    public void Location_ProxyPass_is_tried_before_server_rules()
    {
        var server = ProxyPass("/inh2", "http://n3:8080/", 0);
        var location = ProxyPass("/inh2", "http://n2:8080/", 1) with { InLocation = true };
        var topology = Topology(Spec(Member("n1", 1)), server, location);

        Assert.Equal("worker:http://n2:8080 /", Backend(topology, "/inh2"));
    }

    [Fact]
    public void Balancer_becomes_cluster_with_member_parameters_in_metadata()
    {
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("tomcat1", 18081, loadFactor: 2.5m, lbset: 1), Member("tomcat2", 18082)) with
        {
            LbMethod = "bybusyness",
            StickySession = ["JSESSIONID", "jsessionid"],
        }));
        var cluster = mapping.Clusters.Single(c => c.ClusterId == "balancer://c1");

        Assert.Equal("bybusyness", cluster.LoadBalancingPolicy);
        Assert.Equal("JSESSIONID|jsessionid", cluster.Metadata!["httpd.stickysession"]);
        Assert.Equal("http://127.0.0.1:18081", cluster.Destinations!["m0"].Address);
        Assert.Equal("tomcat1", cluster.Destinations["m0"].Metadata!["httpd.route"]);
        Assert.Equal("2.5", cluster.Destinations["m0"].Metadata!["httpd.loadfactor"]);
        Assert.Equal(250, mapping.Balancers["balancer://c1"].Members[0].LbFactor);
        Assert.Empty(mapping.Diagnostics);
    }

    [Fact]
    public void Unsupported_things_become_TC44xx_diagnostics_with_their_source()
    {
        var fcgi = Member("n1", 1) with { Scheme = "fcgi", Url = "fcgi://127.0.0.1:9000", Port = 9000, Source = Span(7) };
        var ajp = Member("n2", 2) with
        {
            Scheme = "ajp", Url = "ajp://127.0.0.1:8009", Port = 8009, Source = Span(8),
            Parameters = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["smax"] = "5", ["route"] = "n2" }),
        };
        var topology = Topology(Spec(fcgi, ajp) with { LbMethod = "heartbeat", Timeout = 5 },
            ProxyPass("/a", "balancer://nope", 0));

        var codes = TopologyToYarp.Map(topology).Diagnostics.Select(d => d.Code + "@" + d.Span.Line);

        Assert.Equal(["TC4400@7", "TC4401@5", "TC4402@5", "TC4404@50", "TC4418@8"], codes.Order());
    }

    [Fact]
    public void Invalid_ProxyPassMatch_regex_is_reported_and_skipped()
    {
        var bad = new Mount { Kind = MountKind.ProxyPassMatch, Path = "(unclosed", IsRegex = true, Target = "balancer://c1", Source = Span(70) };

        var mapping = TopologyToYarp.Map(Topology(Spec(Member("n1", 1)), bad));

        var d = Assert.Single(mapping.Diagnostics);
        Assert.Equal("TC4403", d.Code);
        Assert.StartsWith("the pattern \"(unclosed\" cannot be compiled", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vhost_tries_main_rules_first_then_its_own()
    {
        var vhost = new VirtualHostSpec { Id = "vhost:conf/httpd.conf:20", ServerName = "example.org", Source = Span(20) };
        var topology = Topology(Spec(Member("n1", 1)),
            ProxyPass("/x", "http://main:8080/", 0),
            ProxyPass("/x", "http://vh:8080/", 0) with { Scope = vhost.Id }) with
        {
            VirtualHosts = [new VirtualHostSpec { Id = "main", IsMain = true }, vhost],
        };

        Assert.Equal("worker:http://main:8080 /", Backend(topology, "/x"));
    }

    [Fact]
    public void Random_topologies_never_throw_and_diagnostics_have_locations()
    {
        var gen = Gen.Select(Gen.String, Gen.String, Gen.String, Gen.Bool, Gen.Int[0, 3]);
        gen.Sample((path, target, scheme, regex, status) =>
        {
            var member = Member("n1", 1) with { Scheme = scheme, Status = (MemberStatus)(status * 3) };
            var mount = new Mount { Kind = MountKind.ProxyPassMatch, Path = path, IsRegex = regex, Target = target, Source = Span(3) };
            var topology = Topology(Spec(member) with { LbMethod = scheme }, mount);

            var mapping = TopologyToYarp.Map(topology);
            _ = MountTable.Match(mapping.Mounts.ResolveScope(path), "/" + target);

            Assert.All(mapping.Diagnostics, d => Assert.True(d.Span.Line > 0 && !string.IsNullOrEmpty(d.Span.File)));
        }, iter: 300);
    }

    [Fact]
    public void Random_logs_managers_health_checks_and_reverse_rules_never_throw_and_diagnostics_have_locations()
    {
        var gen = Gen.Select(Gen.String, Gen.String, Gen.String, Gen.String, Gen.String);
        gen.Sample((format, target, require, expr, reverse) =>
        {
            var member = Member("n1", 1) with { HealthCheck = new HealthCheckSpec { Method = expr.Length % 2 == 0 ? "GET" : expr, Expression = expr } };
            var topology = Topology(Spec(member)) with
            {
                VirtualHosts =
                [
                    new VirtualHostSpec
                    {
                        Id = "main",
                        IsMain = true,
                        ProxyVia = target,
                        AccessLogs = [new AccessLogSpec(target, format, null, require, Span(4))],
                        BalancerManagers = [new BalancerManagerSpec("/" + target, [require], Span(5))],
                        ProxyPassReverse = [new ReverseRule("/" + reverse, reverse, false, Span(6))],
                        ProxyPassReverseCookiePath = [new ReverseRule(reverse, format, false, Span(7))],
                    },
                ],
            };

            var mapping = TopologyToYarp.Map(topology);
            var scope = mapping.Mounts.ResolveScope(null);
            _ = scope.Reverse.MapLocation(reverse + format, "http://h");
            _ = scope.Reverse.MapCookie(format);

            Assert.All(mapping.Diagnostics, d => Assert.True(d.Span.Line > 0 && !string.IsNullOrEmpty(d.Span.File)));
        }, iter: 300);
    }

    [Fact]
    public void Mutated_paths_against_a_valid_table_never_throw()
    {
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("n1", 1)),
            ProxyPass("/app/", "balancer://c1/", 0), ProxyPass("/", "balancer://c1", 1)));
        var scope = mapping.Mounts.ResolveScope(null);
        Gen.String.Sample(p => Assert.NotNull(MountTable.Match(scope, "/" + p)), iter: 500);
    }

    [Fact]
    public void Routes_carry_httpd_order_and_end_with_a_catch_all()
    {
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("n1", 1)), ProxyPass("/a", "balancer://c1", 0), ProxyPass("/b/", "balancer://c1", 1)));

        Assert.Equal(["/a/{**tcRest}:0", "/b/{**tcRest}:1", "/{**tcRest}:2147483647"],
            mapping.Routes.Select(r => r.Match.Path + ":" + r.Order).ToArray());
    }
}
