using System.Collections.Frozen;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Httpd;

/// <summary>
/// TC2153: a ProxyPass reaches a balancer while mod_proxy_balancer is not loaded, or a backend URL
/// uses a scheme whose proxy module is not loaded. httpd starts, but every such request fails with
/// 500 and AH01144 "No protocol handler was valid for the URL" (httpd-proxy.md §2.9).
/// </summary>
internal sealed class BalancerRequestModuleMissing : ILintRule
{
    internal static readonly DiagnosticDescriptor Rule = new(
        "TC2153", DiagnosticSeverity.Error, "proxy module missing: requests fail with 500",
        "{0} \"{1}\" needs {2}, which is not loaded, so every request it handles fails with 500 (httpd AH01144: No protocol handler was valid for the URL, scheme '{3}'); add LoadModule {4}_module (a2enmod {4})");

    /// <summary>httpd-proxy.md §2.9: scheme → the module that handles it.</summary>
    private static readonly FrozenDictionary<string, string> SchemeModules = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["http"] = "proxy_http", ["https"] = "proxy_http", ["ajp"] = "proxy_ajp", ["fcgi"] = "proxy_fcgi",
        ["scgi"] = "proxy_scgi", ["uwsgi"] = "proxy_uwsgi", ["ws"] = "proxy_wstunnel", ["wss"] = "proxy_wstunnel",
        ["h2"] = "proxy_http2", ["h2c"] = "proxy_http2", ["ftp"] = "proxy_ftp", ["balancer"] = "proxy_balancer",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public DiagnosticDescriptor Descriptor => Rule;

    public void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var topology = context.Topology;
        var index = new ModuleIndex(topology);
        var reported = new HashSet<(string, string)>(); // once per httpd instance and module
        foreach (var mount in CrossFileFacts.Safe(topology.Mounts))
        {
            if (mount.Kind is not (MountKind.ProxyPass or MountKind.ProxyPassMatch) || mount.Exclude)
                continue;
            var scheme = mount.Balancer is not null ? "balancer" : mount.Worker?.Scheme;
            Report(index, diagnostics, reported, mount.Kind.ToString(), mount.Path + " " + mount.Target, scheme, mount.Source);
        }

        foreach (var balancer in CrossFileFacts.Safe(topology.Balancers))
        {
            if (!HttpdFacts.IsHttpd(balancer))
                continue;
            foreach (var member in CrossFileFacts.Safe(balancer.Members))
            {
                if (member.UnixSocket is null)
                    Report(index, diagnostics, reported, "BalancerMember", member.Url, member.Scheme, CrossFileFacts.At(member.Source, balancer.Source));
            }
        }
    }

    private static void Report(ModuleIndex index, DiagnosticBag diagnostics, HashSet<(string, string)> reported, string directive, string value, string? scheme, Config.Text.SourceSpan source)
    {
        if (scheme is null || !SchemeModules.TryGetValue(scheme, out var module))
            return;
        var at = CrossFileFacts.At(source);
        if (index.For(at.File) is (var server, var modules) && !modules.Contains(module) && reported.Add((server, module)))
            diagnostics.Add(Rule, at, directive, value, "mod_" + module, scheme.ToLowerInvariant(), module);
    }
}
