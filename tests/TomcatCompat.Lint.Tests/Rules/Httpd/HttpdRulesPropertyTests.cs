using System.Text;
using CsCheck;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.Httpd;
using TomcatCompat.Lint.Rules.ModJk;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

/// <summary>Random and mutated httpd configs through the front end and every httpd/mod_jk rule: no exception, real spans.</summary>
public sealed class HttpdRulesPropertyTests
{
    private static readonly ILintRule[] Rules =
    [
        new ProxyPassShadowed(), new BalancerManagerSwallowed(), new BalancerStartupModuleMissing(), new BalancerRequestModuleMissing(),
        new DuplicateRoute(), new NoFailoverConsequences(), new BalancerManagerUnrestricted(), new IfVersionExact(),
        new ProxyPassSlashMismatch(), new ProxyPassReverseMissing(), new RouteCookieWithoutRecipe(), new RedirectToUnknownRoute(),
        new JkLbNoActiveMember(), new JkRedirectToUnknownRoute(),
    ];

    private const string Sample = Modules + """

        Header add Set-Cookie "ROUTEID=.%{BALANCER_WORKER_ROUTE}e; path=/" env=BALANCER_ROUTE_CHANGED
        <IfVersion 2.4>
        ServerAdmin a@b
        </IfVersion>
        <Proxy balancer://c1>
        BalancerMember http://127.0.0.1:9001 route=n1 redirect=n2
        BalancerMember http://127.0.0.1:9002 route=n1
        ProxySet stickysession=ROUTEID nofailover=On
        </Proxy>
        <Location /balancer-manager>
        SetHandler balancer-manager
        </Location>
        ProxyPass / balancer://c1/
        ProxyPass /balancer-manager !
        ProxyPass /app/ balancer://c1
        <VirtualHost *:80>
        ProxyPass /x http://127.0.0.1:9003/x/
        </VirtualHost>
        """;

    private static void CheckAll(string text)
    {
        var (topology, files, _) = Import(text);
        var bag = new DiagnosticBag();
        foreach (var rule in Rules)
            rule.Check(new LintContext(topology, files, new LintOptions()), bag);
        foreach (var d in bag.ToImmutable())
        {
            Assert.True(d.Span.Line > 0, d.ToString());
            Assert.False(string.IsNullOrEmpty(d.Span.File), d.ToString());
        }
    }

    [Fact]
    public void Sample_config_triggers_every_httpd_rule()
    {
        var (topology, files, _) = Import(Sample);
        var codes = Rules.Take(12).SelectMany(r => Run(r, topology, files)).Select(d => d.Code).ToHashSet();
        Assert.Equal(["TC2150", "TC2151", "TC2154", "TC2155", "TC2156", "TC2157", "TC2158", "TC2159", "TC2161"], codes.Order());
    }

    [Fact]
    public void Large_config_with_2000_members_and_20000_ProxyPass_lines_is_checked_completely()
    {
        var sb = new StringBuilder(Modules).Append("\n<Proxy balancer://big>\n");
        for (var i = 0; i < 2000; i++)
            sb.Append("BalancerMember http://10.0.").Append(i / 250).Append('.').Append(i % 250).Append(":8080 route=n").Append(i % 1999).Append('\n');
        sb.Append("</Proxy>\n");
        for (var i = 0; i < 20_000; i++)
            sb.Append("ProxyPass /app").Append(i).Append("/x balancer://big/app").Append(i).Append("/x\n");
        sb.Append("ProxyPass /app7/x/y balancer://big/y\n");
        var (topology, files, _) = Import(sb.ToString());
        var codes = Rules.SelectMany(r => Run(r, topology, files)).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, codes["TC2150"]);
        Assert.Equal(1, codes["TC2154"]);
        Assert.Equal(1, codes["TC2159"]);
    }

    [Fact]
    public void Random_text_never_throws_and_every_finding_has_a_line() =>
        Gen.String.Sample(CheckAll, iter: 200);

    [Fact]
    public void Byte_mutations_of_a_valid_sample_never_throw()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte, Gen.Int[1, 4]).Array[1, 8].Sample(
            edits =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var (at, value, len) in edits)
                {
                    for (var i = at; i < Math.Min(copy.Length, at + len); i++)
                        copy[i] = value;
                }

                CheckAll(Encoding.UTF8.GetString(copy));
            },
            iter: 200);
    }
}
