using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

public sealed class HttpdBinderTests
{
    private const string Seed = """
        Listen 80
        Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
        <Proxy "balancer://MyCluster/">
            BalancerMember "http://10.0.0.1:8080" route=node1
            BalancerMember "ajp://10.0.0.2" route=node2 loadfactor=2.5
            ProxySet lbmethod=bybusyness stickysession=JSESSIONID|jsessionid
        </Proxy>
        ProxyPass        "/app" "balancer://mycluster"
        ProxyPassReverse "/app" "balancer://mycluster"
        """;

    [Fact]
    public void Proxy_balancer_section_defines_members_in_order_with_parameters()
    {
        var (t, d) = TestConf.Bind(Seed);
        Assert.Empty(d);
        var b = Assert.Single(t.Balancers);
        Assert.Equal("balancer://mycluster", b.Name);
        Assert.Equal("bybusyness", b.LbMethod);
        Assert.Equal(["JSESSIONID", "jsessionid"], b.StickySession.ToArray());
        Assert.Equal(1, b.MaxAttempts);
        Assert.Collection(
            b.Members,
            m => { Assert.Equal("http://10.0.0.1:8080", m.Url); Assert.Equal("node1", m.Route); Assert.Equal(1m, m.LoadFactor); },
            m => { Assert.Equal("ajp://10.0.0.2", m.Url); Assert.Equal("ajp", m.Scheme); Assert.Equal(8009, m.Port); Assert.Equal(2.5m, m.LoadFactor); });
        var mount = Assert.Single(t.Mounts);
        Assert.Equal("balancer://mycluster", mount.Balancer);
        Assert.Equal("/app", mount.Path);
        var main = Assert.Single(t.VirtualHosts);
        Assert.Equal(new ReverseRule("/app", "balancer://mycluster", false, new("httpd.conf", 9)), Assert.Single(main.ProxyPassReverse));
        var header = Assert.Single(main.Headers);
        Assert.Equal(("onsuccess", "add", "Set-Cookie", "BALANCER_ROUTE_CHANGED"), (header.Condition, header.Action, header.Name, header.EnvCondition));
        Assert.Equal(new ListenSpec(null, 80, "http", new("httpd.conf", 1)), Assert.Single(t.Listens));
    }

    [Fact]
    public void BalancerMember_timeout_5ms_means_5_seconds_with_warning()
    {
        var (t, d) = TestConf.Bind("BalancerMember balancer://c http://h:1 timeout=5ms");
        Assert.Equal(5, t.Balancers[0].Members[0].Timeout);
        var w = Assert.Single(d);
        Assert.Equal("TC2059", w.Code);
        Assert.Contains("read as 5 seconds", w.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("connectiontimeout=250ms", 250)]
    [InlineData("connectiontimeout=3", 3000)]
    public void BalancerMember_connectiontimeout_takes_units_default_seconds(string param, int ms)
    {
        var (t, d) = TestConf.Bind($"BalancerMember balancer://c http://h:1 {param}");
        Assert.Empty(d);
        Assert.Equal(ms, t.Balancers[0].Members[0].ConnectionTimeoutMs);
    }

    [Fact]
    public void BalancerMember_acquire_defaults_to_milliseconds()
    {
        var (t, _) = TestConf.Bind("BalancerMember balancer://c http://h:1 acquire=300 ping=2");
        Assert.Equal(300, t.Balancers[0].Members[0].AcquireMs);
        Assert.Equal(2000, t.Balancers[0].Members[0].PingMs);
    }

    [Theory]
    [InlineData("loadfactor=0.5", "LoadFactor must be a number between 1..100")]
    [InlineData("loadfactor=101", "LoadFactor must be a number between 1..100")]
    [InlineData("lbset=100", "lbset must be between 0 and 99")]
    [InlineData("retry=-1", "Retry must be a positive value")]
    [InlineData("timeout=0", "Timeout must be at least one second")]
    [InlineData("connectiontimeout=5x", "Connectiontimeout has wrong format")]
    [InlineData("keepalive=yes", "KeepAlive must be On|Off")]
    [InlineData("status=X", "Unknown status parameter option")]
    public void BalancerMember_bad_values_are_errors_with_httpd_text(string param, string httpdText)
    {
        var (_, d) = TestConf.Bind($"BalancerMember balancer://c http://h:1 {param}");
        var e = Assert.Single(d, x => x.Code == "TC2057");
        Assert.Contains(httpdText, e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Span.Line);
    }

    [Fact]
    public void BalancerMember_loadfactor_keeps_two_decimals()
    {
        var (t, _) = TestConf.Bind("BalancerMember balancer://c http://h:1 loadfactor=1.257");
        Assert.Equal(1.25m, t.Balancers[0].Members[0].LoadFactor);
    }

    [Fact]
    public void BalancerMember_balancer_key_is_unknown_worker_parameter()
    {
        var (_, d) = TestConf.Bind("BalancerMember balancer://c http://h:1 lbmethod=bytraffic");
        Assert.Equal(["TC2056"], d.Codes());
        Assert.Contains("balancer parameter", d[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProxyPass_retry_on_balancer_url_is_unknown_balancer_parameter()
    {
        var (_, d) = TestConf.Bind("ProxyPass /a balancer://c retry=5");
        Assert.Contains("TC2055", d.Codes());
    }

    [Fact]
    public void BalancerMember_outside_Proxy_without_balancer_is_an_error()
    {
        var (t, d) = TestConf.Bind("BalancerMember http://h:1 route=a");
        Assert.Equal(["TC2062"], d.Codes());
        Assert.Empty(t.Balancers);
    }

    [Fact]
    public void BalancerMember_sharing_by_prefix_collapses_and_names_dropped_parameters()
    {
        var (t, d) = TestConf.Bind("""
            <Proxy balancer://c>
            BalancerMember http://h:8080/ route=a
            BalancerMember http://h:8080/app route=b
            BalancerMember http://h:8080 route=c
            </Proxy>
            """);
        var b = t.Balancers[0];
        Assert.Equal(["http://h:8080/", "http://h:8080"], b.Members.Select(m => m.Url));
        Assert.Contains(d, x => x.Code == "TC2064" && x.Message.Contains("route=b", StringComparison.Ordinal) && x.Span.Line == 3);
    }

    [Fact]
    public void ProxyPass_worker_sharing_drops_parameters_with_AH01146_warning()
    {
        var (t, d) = TestConf.Bind("""
            ProxyPass /a http://b/
            ProxyPass /x http://b/sub timeout=9
            """);
        Assert.Equal(["TC2063"], d.Codes());
        Assert.Contains("timeout=9", d[0].Message, StringComparison.Ordinal);
        Assert.Null(t.Mounts[1].Worker!.Timeout);
        Assert.Equal("http://b/", t.Mounts[1].Worker!.Url);
        Assert.Equal(MemberStatus.IgnoreErrors, t.Mounts[1].Worker!.Status);
    }

    [Fact]
    public void ProxySet_outside_Proxy_needs_an_existing_balancer()
    {
        var (_, d) = TestConf.Bind("""
            ProxySet balancer://later lbmethod=bytraffic
            BalancerMember balancer://later http://h:1
            """);
        Assert.Equal(["TC2060"], d.Codes());
    }

    [Fact]
    public void ProxySet_on_worker_url_sets_worker_parameters_and_unknown_worker_is_error()
    {
        var (t, d) = TestConf.Bind("""
            ProxyPass /a http://b:81/
            ProxySet http://b:81/ timeout=7
            ProxySet http://nope/ timeout=7
            """);
        Assert.Equal(["TC2061"], d.Codes());
        Assert.Equal(7, t.Mounts[0].Worker!.Timeout);
    }

    [Fact]
    public void Proxy_section_with_worker_url_and_ProxySet_configures_that_worker()
    {
        var (t, d) = TestConf.Bind("""
            <Proxy http://b:81>
            ProxySet keepalive=On
            </Proxy>
            ProxyPass /a http://b:81/x
            """);
        Assert.Empty(d);
        Assert.True(t.Mounts[0].Worker!.KeepAlive);
    }

    [Fact]
    public void ProxySet_stickysessionsep_two_chars_is_an_error_with_httpd_text()
    {
        var (_, d) = TestConf.Bind("""
            <Proxy balancer://q>
            ProxySet stickysessionsep=ab
            </Proxy>
            """);
        Assert.Contains("stickysessionsep must be a single character or Off", Assert.Single(d).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Balancer_parameters_of_section_line_and_status_flags_apply()
    {
        var (t, d) = TestConf.Bind("""
            <Proxy balancer://c stickysessionsep=Off nofailover=On timeout=3 failonstatus=500,503 maxattempts=4>
            BalancerMember http://a:1 status=+H
            BalancerMember http://b:1 status=D-D+S
            </Proxy>
            """);
        Assert.Empty(d);
        var b = t.Balancers[0];
        Assert.Null(b.StickySessionSep);
        Assert.True(b.NoFailover);
        Assert.Equal(3, b.Timeout);
        Assert.Equal([500, 503], b.FailOnStatus.ToArray());
        Assert.Equal(4, b.MaxAttempts);
        Assert.Equal(MemberStatus.HotStandby, b.Members[0].Status);
        Assert.Equal(MemberStatus.Stopped, b.Members[1].Status);
    }

    [Fact]
    public void ProxySet_lbmethod_heartbeat_is_unsupported()
    {
        var mods = TestConf.ProxyModules.Add("lbmethod_heartbeat_module");
        var (t, d) = TestConf.Bind("ProxyPass / balancer://c lbmethod=heartbeat\nBalancerMember balancer://c http://a:1", mods);
        Assert.Equal(["TC4000"], d.Codes());
        Assert.Equal("heartbeat", t.Balancers[0].LbMethod);
    }

    [Fact]
    public void ProxySet_lbmethod_without_its_module_is_unknown_lbmethod()
    {
        var (_, d) = TestConf.Bind("BalancerMember balancer://c http://a:1\nProxySet balancer://c lbmethod=heartbeat");
        Assert.Contains("unknown lbmethod", Assert.Single(d).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProxyPass_errors_match_httpd_section_2_2()
    {
        var (_, d) = TestConf.Bind("""
            ProxyPass /only
            ProxyPassMatch ~ ^/x http://b/
            ProxyPass /a http://b/ junk
            <Location /loc>
            ProxyPass /loc http://b/
            </Location>
            ProxyPass /m http://b:2/ mapping=weird
            """);
        Assert.Equal(["TC2050", "TC2053", "TC2052", "TC2051", "TC2054"], d.Codes());
        Assert.Equal([1, 2, 3, 5, 7], d.Select(x => x.Span.Line));
    }

    [Fact]
    public void ProxyPass_order_is_location_then_main_then_vhost()
    {
        var (t, _) = TestConf.Bind("""
            <VirtualHost *:80>
            ServerName a.example
            ProxyPass /v http://v:1/
            <Location /loc>
            ProxyPass http://l2:1/
            </Location>
            </VirtualHost>
            ProxyPass /m1 http://m:1/
            ProxyPass /excluded !
            <Location /inh2>
            ProxyPass http://n2:1/ nocanon
            </Location>
            """);
        Assert.Equal(["/loc", "/inh2", "/m1", "/excluded", "/v"], t.Mounts.Select(m => m.Path));
        Assert.Equal([0, 1, 2, 3, 4], t.Mounts.Select(m => m.Order));
        Assert.True(t.Mounts[0].InLocation);
        Assert.Equal(["nocanon"], t.Mounts[1].Flags.ToArray());
        Assert.True(t.Mounts[3].Exclude);
        Assert.Null(t.Mounts[3].Target);
        Assert.Equal(t.VirtualHosts[1].Id, t.Mounts[4].Scope);
    }

    [Fact]
    public void ProxyPass_tilde_and_LocationMatch_are_regex_mounts()
    {
        var (t, d) = TestConf.Bind("""
            ProxyPass ~ ^/img/(.*)$ http://i:1/$1
            <LocationMatch "^/api/">
            ProxyPassMatch http://a:1
            </LocationMatch>
            ProxyPassMatch \.gif$ balancer://c
            BalancerMember balancer://c http://g:1
            """);
        Assert.Empty(d);
        Assert.All(t.Mounts, m => Assert.True(m.IsRegex));
        Assert.Equal("^/api/", t.Mounts[0].Path);
        Assert.Equal("http://i:1/", t.Mounts[1].Worker!.Url);
        Assert.Equal(MountKind.ProxyPassMatch, t.Mounts[2].Kind);
    }

    [Fact]
    public void ProxyPass_to_balancer_without_members_warns()
    {
        var (_, d) = TestConf.Bind("ProxyPass /x balancer://ghost");
        Assert.Equal(["TC2065"], d.Codes());
    }

    [Fact]
    public void VirtualHost_inherits_main_balancer_and_settings()
    {
        var (t, d) = TestConf.Bind("""
            ProxyTimeout 30
            ProxyPreserveHost On
            <Proxy balancer://c>
            BalancerMember http://a:1 route=a
            ProxySet stickysession=ROUTEID
            </Proxy>
            <VirtualHost 192.168.0.200:80 [::1]:*>
            ServerName www.example.com:80
            ServerAlias example.com alt.example.com
            ProxyVia Full
            ProxyPass /app balancer://c
            ProxyPassReverseCookiePath / /app/
            </VirtualHost>
            """);
        Assert.Empty(d);
        var vhost = t.VirtualHosts[1];
        Assert.Equal(["192.168.0.200:80", "[::1]:*"], vhost.Addresses.ToArray());
        Assert.Equal("www.example.com:80", vhost.ServerName);
        Assert.Equal(["example.com", "alt.example.com"], vhost.ServerAliases.ToArray());
        Assert.Equal((30, true, "Full"), (vhost.ProxyTimeout, vhost.ProxyPreserveHost, vhost.ProxyVia));
        Assert.Equal(new ReverseRule("/app/", "/", false, new("httpd.conf", 12)), Assert.Single(vhost.ProxyPassReverseCookiePath));
        // The vhost's ProxyPass only names main's balancer: it is served by (and reported as) main's.
        var balancer = Assert.Single(t.Balancers);
        Assert.Equal("main", balancer.Scope);
        Assert.Equal(["ROUTEID"], balancer.StickySession.ToArray());
        Assert.Equal("http://a:1", Assert.Single(balancer.Members).Url);
        Assert.Equal("balancer://c", Assert.Single(t.Mounts).Balancer);
    }

    [Fact]
    public void VirtualHost_balancer_with_its_own_settings_is_a_copy_with_main_members()
    {
        var (t, d) = TestConf.Bind("""
            <Proxy balancer://c>
            BalancerMember http://a:1 route=a
            ProxySet stickysession=ROUTEID
            </Proxy>
            <VirtualHost *:80>
            ProxyPass /app balancer://c nofailover=On
            </VirtualHost>
            """);
        Assert.Empty(d);
        var copy = Assert.Single(t.Balancers, b => b.Scope != "main");
        Assert.Equal((true, "ROUTEID"), (copy.NoFailover, copy.StickySession[0]));
        Assert.Equal("http://a:1", Assert.Single(copy.Members).Url);
    }

    [Fact]
    public void Location_ProxyPassReverse_takes_the_location_path()
    {
        var (t, _) = TestConf.Bind("""
            <Location /shop>
            ProxyPass balancer://c
            ProxyPassReverse balancer://c
            </Location>
            BalancerMember balancer://c http://a:1
            """);
        Assert.Equal("/shop", Assert.Single(t.VirtualHosts[0].ProxyPassReverse).Public);
    }

    [Fact]
    public void HealthCheck_parameters_template_and_expression_resolve()
    {
        var mods = TestConf.ProxyModules.Add("proxy_hcheck_module");
        var (t, d) = TestConf.Bind("""
            ProxyHCExpr ok234 {%{REQUEST_STATUS} =~ /^[234]/}
            ProxyHCTemplate tcheck hcmethod=GET hcuri=/health hcinterval=500ms hcexpr=ok234
            <Proxy balancer://c>
            BalancerMember http://a:1 hctemplate=tcheck hcfails=3
            BalancerMember http://b:1 hcmethod=tcp hcinterval=10
            BalancerMember http://c:1
            </Proxy>
            """, mods);
        Assert.Empty(d);
        var hc = t.Balancers[0].Members[0].HealthCheck!;
        Assert.Equal(("GET", "/health", 500, 3, 1, "ok234", "tcheck"), (hc.Method, hc.Uri, hc.IntervalMs, hc.Fails, hc.Passes, hc.ExpressionName, hc.Template));
        Assert.Equal("%{REQUEST_STATUS} =~ /^[234]/", hc.Expression);
        Assert.Equal(("TCP", 10_000), (t.Balancers[0].Members[1].HealthCheck!.Method, t.Balancers[0].Members[1].HealthCheck!.IntervalMs));
        Assert.Null(t.Balancers[0].Members[2].HealthCheck);
    }

    [Fact]
    public void HealthCheck_parameter_without_mod_proxy_hcheck_is_an_error()
    {
        var (_, d) = TestConf.Bind("BalancerMember balancer://c http://a:1 hcmethod=GET");
        Assert.Equal(["TC2074"], d.Codes());
    }

    [Theory]
    [InlineData("hcinterval=50ms", "TC2057")]
    [InlineData("hcexpr=nope", "TC2072")]
    [InlineData("hctemplate=nope", "TC2073")]
    [InlineData("hcmethod=PUT", "TC2057")]
    public void HealthCheck_bad_values_are_errors(string param, string code)
    {
        var (_, d) = TestConf.Bind($"BalancerMember balancer://c http://a:1 {param}", TestConf.ProxyModules.Add("proxy_hcheck_module"));
        Assert.Equal([code], d.Codes());
    }

    [Fact]
    public void Listen_parses_ipv6_protocol_and_rejects_duplicates()
    {
        var (t, d) = TestConf.Bind("""
            Listen 443
            Listen [::1]:8080 http
            Listen 10.0.0.1:80
            Listen 443
            Listen 10.0.0.1:
            """);
        Assert.Equal(["TC2070", "TC2071"], d.Codes());
        Assert.Equal(
            [new ListenSpec(null, 443, "https", new("httpd.conf", 1)), new ListenSpec("::1", 8080, "http", new("httpd.conf", 2)), new ListenSpec("10.0.0.1", 80, "http", new("httpd.conf", 3))],
            t.Listens.ToArray());
    }

    [Fact]
    public void CustomLog_resolves_LogFormat_nickname_and_warns_on_unknown_name()
    {
        var (t, d) = TestConf.Bind("""
            CustomLog logs/access.log combined
            LogFormat "%h %l %u %t %r %>s %b" combined
            <VirtualHost *:80>
            CustomLog logs/v.log combinedd env=!dontlog
            </VirtualHost>
            """);
        Assert.Equal(["TC2079"], d.Codes());
        var main = Assert.Single(t.VirtualHosts[0].AccessLogs);
        Assert.Equal(("combined", "%h %l %u %t %r %>s %b"), (main.Nickname, main.Format));
        Assert.Equal("env=!dontlog", t.VirtualHosts[1].AccessLogs[0].Condition);
    }

    [Fact]
    public void SetHandler_balancer_manager_records_location_and_Require()
    {
        var (t, _) = TestConf.Bind("""
            <Location "/balancer-manager">
            SetHandler balancer-manager
            Require ip 127.0.0.1
            Require host example.com
            </Location>
            """);
        var bm = Assert.Single(t.VirtualHosts[0].BalancerManagers);
        Assert.Equal("/balancer-manager", bm.Path);
        Assert.Equal(["ip 127.0.0.1", "host example.com"], bm.Require.ToArray());
    }

    [Fact]
    public void Unsupported_constructs_get_TC4xxx()
    {
        var (_, d) = TestConf.Bind("""
            BalancerMember balancer://c fcgi://a:9000
            BalancerMember balancer://c unix:/run/a.sock|http://localhost
            ProxyPass /e http://e:1/ mapping=encoded
            ProxyRemote * http://upstream:3128
            <If "%{HTTP_HOST} == 'x'">
            ProxyPass /i http://i:1/
            </If>
            """);
        Assert.Equal(["TC4002", "TC4001", "TC4004", "TC4005", "TC4003"], d.Codes());
    }

    [Fact]
    public void ProxyPass_inside_Directory_is_an_error()
    {
        var (_, d) = TestConf.Bind("<Directory /var/www>\nProxyPass /a http://a:1/\n</Directory>");
        Assert.Equal(["TC2076"], d.Codes());
    }

    [Fact]
    public void ProxyTimeout_and_core_Timeout_are_parsed()
    {
        var (t, d) = TestConf.Bind("Timeout 300\nProxyTimeout 0\nProxyVia maybe");
        Assert.Equal(["TC2067", "TC2068"], d.Codes());
        Assert.Equal(300, t.VirtualHosts[0].Timeout);
    }

    [Fact]
    public void BalancerMember_trailing_slash_warns()
    {
        var (_, d) = TestConf.Bind("BalancerMember balancer://c http://a:1/");
        Assert.Equal(["TC2081"], d.Codes());
    }
}
