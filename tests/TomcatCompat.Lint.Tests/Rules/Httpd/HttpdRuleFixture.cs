using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Tests.Rules.Httpd;

/// <summary>
/// Runs the real httpd front end (reader + binder) on an in-memory httpd.conf and builds the
/// Topology a rule sees, including <see cref="Topology.HttpdServers"/> from the LoadModule lines.
/// </summary>
internal static class HttpdRuleFixture
{
    public const string File = "httpd.conf";

    /// <summary>LoadModule lines for a working balancer setup; tests drop lines to break it.</summary>
    public const string Modules = """
        LoadModule proxy_module modules/mod_proxy.so
        LoadModule proxy_http_module modules/mod_proxy_http.so
        LoadModule proxy_ajp_module modules/mod_proxy_ajp.so
        LoadModule proxy_balancer_module modules/mod_proxy_balancer.so
        LoadModule slotmem_shm_module modules/mod_slotmem_shm.so
        LoadModule lbmethod_byrequests_module modules/mod_lbmethod_byrequests.so
        LoadModule headers_module modules/mod_headers.so
        LoadModule authz_core_module modules/mod_authz_core.so
        LoadModule authz_host_module modules/mod_authz_host.so
        """;

    public static (Topology Topology, IReadOnlyList<SourceFile> Files, IReadOnlyList<Diagnostic> FrontEnd) Import(string text)
    {
        var fs = new InMemoryFileSystem().Add("/etc/httpd/" + File, text);
        var reader = new SourceReader(fs, "/etc/httpd");
        var bag = new DiagnosticBag();
        var config = HttpdConfigReader.Read(reader, "/etc/httpd/" + File, new HttpdOptions { ServerRoot = "/etc/httpd" }, bag);
        var proxy = HttpdBinder.Bind(config, bag);
        var topology = new Topology
        {
            Files = config.Files,
            HttpdServers = [new HttpdServerSpec { MainFile = File, LoadedModules = config.LoadedModules, Source = new SourceSpan(File, 1) }],
            Listens = proxy.Listens,
            VirtualHosts = proxy.VirtualHosts,
            Balancers = proxy.Balancers,
            Mounts = proxy.Mounts,
        };
        return (topology, [.. reader.FilesRead], bag.ToImmutable());
    }

    public static List<Diagnostic> Run(ILintRule rule, string text)
    {
        var (topology, files, _) = Import(text);
        return Run(rule, topology, files);
    }

    public static List<Diagnostic> Run(ILintRule rule, Topology topology, IReadOnlyList<SourceFile>? files = null)
    {
        var bag = new DiagnosticBag();
        rule.Check(new LintContext(topology, files ?? [], new LintOptions()), bag);
        return [.. bag.ToImmutable()];
    }

    /// <summary>Asserts exactly one finding with the rule's code and severity at httpd.conf:line.</summary>
    public static Diagnostic Single(ILintRule rule, string text, int line)
    {
        var d = Assert.Single(Run(rule, text));
        Assert.Equal((rule.Descriptor.Code, rule.Descriptor.DefaultSeverity, File, line), (d.Code, d.Severity, d.Span.File, d.Span.Line));
        return d;
    }

    public static void None(ILintRule rule, string text) => Assert.Empty(Run(rule, text));
}
