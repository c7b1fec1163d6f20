using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

/// <summary>Config text through the real httpd reader, then the binder.</summary>
public sealed class HttpdBinderEndToEndTests
{
    private static (ProxyTopology Topology, Diagnostic[] Diagnostics) ReadAndBind(string text)
    {
        var fs = new InMemoryFileSystem().Add("/srv/httpd.conf", text);
        var bag = new DiagnosticBag();
        var config = HttpdConfigReader.Read(new SourceReader(fs, "/srv"), "/srv/httpd.conf", new HttpdOptions(), bag);
        var topology = HttpdBinder.Bind(config, bag);
        return (topology, [.. bag.ToImmutable()]);
    }

    private const string Modules = """
        LoadModule mpm_event_module modules/mod_mpm_event.so
        LoadModule proxy_module modules/mod_proxy.so
        LoadModule proxy_http_module modules/mod_proxy_http.so
        LoadModule proxy_ajp_module modules/mod_proxy_ajp.so
        LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
        LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so
        LoadModule headers_module modules/mod_headers.so
        LoadModule authz_core_module modules/mod_authz_core.so
        LoadModule authz_host_module modules/mod_authz_host.so

        """;

    [Fact]
    public void Seed_cluster_config_text_binds_members_mounts_and_sticky_cookie_header()
    {
        var (t, d) = ReadAndBind(Modules + """
            Listen 80
            <VirtualHost *:80>
                ServerName www.example.com
                Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
                <Proxy "balancer://mycluster">
                    BalancerMember "ajp://127.0.0.1:8009" route=node1 timeout=5ms
                    BalancerMember "http://127.0.0.1:8081" route=node2 loadfactor=2
                    ProxySet stickysession=ROUTEID
                </Proxy>
                ProxyPass        /balancer-manager !
                ProxyPass        "/app" "balancer://mycluster"
                ProxyPassReverse "/app" "balancer://mycluster"
                <Location "/balancer-manager">
                    SetHandler balancer-manager
                    Require local
                </Location>
            </VirtualHost>
            """);
        Assert.Equal(["TC2059"], d.Select(x => x.Code));
        Assert.Equal(("httpd.conf", 15), (d[0].Span.File, d[0].Span.Line));
        var b = Assert.Single(t.Balancers);
        Assert.Equal(["ajp://127.0.0.1", "http://127.0.0.1:8081"], b.Members.Select(m => m.Url));
        Assert.Equal(5, b.Members[0].Timeout);
        Assert.Equal(["/balancer-manager", "/app"], t.Mounts.Select(m => m.Path));
        var vhost = t.VirtualHosts[1];
        Assert.Equal("www.example.com", vhost.ServerName);
        Assert.Equal("BALANCER_ROUTE_CHANGED", Assert.Single(vhost.Headers).EnvCondition);
        Assert.Equal("local", Assert.Single(Assert.Single(vhost.BalancerManagers).Require));
    }

    [Fact]
    public void Hcheck_parameter_with_real_module_list_needs_mod_proxy_hcheck()
    {
        var (_, d) = ReadAndBind(Modules + "BalancerMember balancer://c http://a:1 hcmethod=GET\n");
        Assert.Contains("TC2074", d.Select(x => x.Code));
    }
}
