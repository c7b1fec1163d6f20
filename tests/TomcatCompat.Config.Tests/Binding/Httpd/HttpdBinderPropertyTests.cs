using System.Collections.Immutable;
using System.Text;
using CsCheck;
using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Httpd.Syntax;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Binding.Httpd;

public sealed class HttpdBinderPropertyTests
{
    private const string Sample = """
        Listen 80
        ProxyHCExpr ok {%{REQUEST_STATUS} =~ /^2/}
        ProxyHCTemplate t hcmethod=GET hcuri=/h hcinterval=5
        <Proxy balancer://c stickysession=ROUTEID>
        BalancerMember http://a:8080 route=a loadfactor=2 status=+H timeout=5ms hctemplate=t
        BalancerMember ajp://b route=b connectiontimeout=300ms
        ProxySet lbmethod=bybusyness nofailover=On
        </Proxy>
        <VirtualHost *:80>
        ServerName x
        ProxyPass /app balancer://c/ maxattempts=2
        ProxyPassReverse /app balancer://c/
        <Location /m>
        SetHandler balancer-manager
        Require local
        </Location>
        </VirtualHost>
        ProxyPass ~ ^/r/(.*)$ http://r:1/$1 timeout=3
        Header always set X-A "b" env=BALANCER_ROUTE_CHANGED
        CustomLog logs/a.log combined
        """;

    private static readonly string[] Names =
    [
        "ProxyPass", "ProxyPassMatch", "BalancerMember", "ProxySet", "ProxyPassReverse", "ProxyPassReverseCookiePath",
        "ProxyTimeout", "Timeout", "ProxyVia", "Listen", "Header", "CustomLog", "LogFormat", "ProxyHCExpr", "ProxyHCTemplate",
        "ServerName", "ProxyPreserveHost",
    ];

    private static readonly string[] Sections = ["Proxy", "ProxyMatch", "Location", "LocationMatch", "VirtualHost", "If", "Directory"];

    [Fact]
    public void Bind_random_text_never_throws_and_locates_every_diagnostic() =>
        Gen.String.Sample(text => Check(TestConf.Parse(text, TestConf.ProxyModules.Add("proxy_hcheck_module"))), iter: 300);

    [Fact]
    public void Bind_mutated_sample_never_throws_and_locates_every_diagnostic()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        Gen.Select(Gen.Int[0, bytes.Length - 1].Array[1, 8], Gen.Byte.Array[1, 8]).Sample(
            m =>
            {
                var copy = (byte[])bytes.Clone();
                for (var i = 0; i < m.Item1.Length; i++)
                {
                    copy[m.Item1[i]] = m.Item2[i % m.Item2.Length];
                }

                Check(TestConf.Parse(Encoding.UTF8.GetString(copy), TestConf.ProxyModules.Add("proxy_hcheck_module")));
            },
            iter: 300);
    }

    [Fact]
    public void Bind_random_directive_trees_never_throw()
    {
        var word = Gen.OneOf(
            Gen.String[0, 12],
            Pick("balancer://c", "http://h:1", "http://h:1/x", "ajp://h", "!", "~", "/", "/app", "timeout=5ms", "loadfactor=0.5",
                "status=-", "hcmethod=CPING", "lbmethod=heartbeat", "stickysession=A|B", "env=X", "[::1]:80", "unix:/s|http://h", "mapping=x"));
        var directive = Gen.Select(Pick(Names), word.Array[0, 5])
            .Select(x => (HttpdNode)new DirectiveNode(x.Item1, [.. x.Item2], string.Join(' ', x.Item2), new SourceSpan("t.conf", 3)));
        var section = Gen.Select(Pick(Sections), word.Array[0, 3], directive.Array[0, 6])
            .Select(x => (HttpdNode)new SectionNode(x.Item1, [.. x.Item2], string.Join(' ', x.Item2), [.. x.Item3], new SourceSpan("t.conf", 2)));
        Gen.OneOf(directive, section).Array[0, 20].Sample(
            nodes => Check(new HttpdConfig { Nodes = [.. nodes], LoadedModules = TestConf.ProxyModules }),
            iter: 300);
    }

    [Fact]
    public void BalancerMember_2000_members_bind_in_definition_order()
    {
        var sb = new StringBuilder("<Proxy balancer://big>\n");
        for (var i = 0; i < 2000; i++)
        {
            sb.Append("BalancerMember http://10.0.").Append(i / 250).Append('.').Append(i % 250).Append(":8080 route=n").Append(i).Append('\n');
        }

        sb.Append("</Proxy>\nProxyPass / balancer://big\n");
        var (t, d) = TestConf.Bind(sb.ToString());
        Assert.Empty(d);
        Assert.Equal(2000, t.Balancers[0].Members.Length);
        Assert.Equal("n1999", t.Balancers[0].Members[1999].Route);
        Assert.Equal(1999, t.Balancers[0].MaxAttempts);
    }

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static void Check(HttpdConfig config)
    {
        var bag = new DiagnosticBag();
        _ = HttpdBinder.Bind(config, bag);
        Assert.All(bag.ToImmutable(), d =>
        {
            Assert.True(d.Span.Line > 0, d.ToString());
            Assert.False(string.IsNullOrEmpty(d.Span.File), d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        });
    }
}
