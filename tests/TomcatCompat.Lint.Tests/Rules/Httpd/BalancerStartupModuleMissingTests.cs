using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.Httpd;
using static TomcatCompat.Lint.Tests.Rules.Httpd.HttpdRuleFixture;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class BalancerStartupModuleMissingTests
{
    private readonly BalancerStartupModuleMissing _rule = new();

    private const string Balancer = "\n<Proxy balancer://c1>\nBalancerMember http://127.0.0.1:9001\n</Proxy>\nProxyPass /app balancer://c1\n";

    private static string Without(string module) =>
        string.Join('\n', Modules.Split('\n').Where(l => !l.Contains(module, StringComparison.Ordinal)));

    [Fact]
    public void Balancer_without_lbmethod_byrequests_module_is_an_error()
    {
        var d = Single(_rule, Without("lbmethod_byrequests") + Balancer, 9);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("balancer \"balancer://c1\" needs mod_lbmethod_byrequests (lbmethod byrequests is the default), which is not loaded: \"apache2 -t\" still says Syntax OK but httpd refuses to start (AH02432: Cannot find LB Method: byrequests); add LoadModule lbmethod_byrequests_module (a2enmod lbmethod_byrequests)", d.Message);
    }

    [Fact]
    public void Balancer_without_slotmem_shm_is_an_error()
    {
        var d = Single(_rule, Without("slotmem_shm") + Balancer, 9);
        Assert.Contains("mod_slotmem_shm", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_balancers_report_a_missing_module_once()
    {
        var found = Run(_rule, Without("slotmem_shm") + Balancer + "<Proxy balancer://c2>\nBalancerMember http://127.0.0.1:9002\n</Proxy>\n");
        Assert.Single(found);
    }

    [Fact]
    public void Complete_modules_or_no_mod_proxy_balancer_are_not_flagged()
    {
        None(_rule, Modules + Balancer);
        None(_rule, Without("proxy_balancer").Replace("LoadModule slotmem_shm_module modules/mod_slotmem_shm.so", "", StringComparison.Ordinal) + Balancer);
    }

    [Fact]
    public void Topology_without_HttpdServers_is_not_flagged()
    {
        var (topology, _, _) = Import(Without("slotmem_shm") + Balancer);
        Assert.Empty(Run(_rule, topology with { HttpdServers = [] }));
    }
}
