using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2152: mod_proxy_balancer is loaded and a balancer is defined, but mod_slotmem_shm or the
/// module of the balancer's default lbmethod (byrequests) is not. <c>apache2 -t</c> prints Syntax OK,
/// yet the post-config step refuses to start httpd (httpd-proxy.md §2.9, §8, trap 19). An explicit
/// <c>lbmethod=</c> without its module is refused by <c>-t</c> already (TC2058).
/// </summary>
internal sealed class BalancerStartupModuleMissing : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2152", DiagnosticSeverity.Error, "balancer module missing: httpd will not start",
        "balancer \"{0}\" needs {1}, which is not loaded: \"apache2 -t\" still says Syntax OK but httpd refuses to start ({2}); add LoadModule {3}_module (a2enmod {3})");

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var index = new ModuleIndex(context.Topology);
        var reported = new HashSet<(string, string)>(); // once per httpd instance and module
        foreach (var balancer in CrossFileFacts.Safe(context.Topology.Balancers))
        {
            if (!HttpdFacts.IsHttpd(balancer))
                continue;
            var at = CrossFileFacts.At(balancer.Source);
            if (index.For(at.File) is not (var server, var modules) || !modules.Contains("proxy_balancer"))
                continue;

            if (!modules.Contains("slotmem_shm") && reported.Add((server, "slotmem_shm")))
                diagnostics.Add(Rule, at, balancer.Name, "mod_slotmem_shm", "AH01177: Failed to lookup provider 'shm' for 'slotmem'", "slotmem_shm");

            var method = string.IsNullOrEmpty(balancer.LbMethod) ? "byrequests" : balancer.LbMethod.ToLowerInvariant();
            var module = "lbmethod_" + method;
            if (!balancer.Parameters.ContainsKey("lbmethod") && !modules.Contains(module) && reported.Add((server, module)))
                diagnostics.Add(Rule, at, balancer.Name, "mod_" + module + " (lbmethod " + method + " is the default)", "AH02432: Cannot find LB Method: " + method, module);
        }
    }
}
