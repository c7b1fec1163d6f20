using TomcatCompat.Config.Binding;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Testing;

namespace TomcatCompat.IntegrationTests.RealHttpd;

/// <summary>
/// The stock Debian apache2 tree (plus a balancer site) read by the real apache2ctl and by our
/// httpd front end must agree on included files, virtual hosts, Listen lines and ProxyPass rules
/// (httpd-proxy.md §1.9, §1.12, §1.13, §2.3, §8).
/// </summary>
public sealed class DebianTreeDifferentialTests
{
    [SkippableFact]
    public void Debian_apache2_tree_matches_apache2ctl_S_and_DUMP_INCLUDES_and_DUMP_CONFIG()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        using var tree = new DebianApacheTree();

        var syntax = tree.Ctl("-t");
        Assert.True(syntax.ExitCode == 0, "real apache2ctl -t refused the test tree: " + syntax.StdErr);

        var (config, proxy, diagnostics) = Import(tree.ConfDir);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "import errors:\n" + string.Join('\n', errors));

        string Rel(string absolute) => PathText.Relative(tree.ConfDir, absolute);

        // Included files and the line of the Include that read them.
        var realIncludes = ApacheDumps.ParseIncludes(tree.Ctl("-t", "-D", "DUMP_INCLUDES").StdOut)
            .Select(i => (Rel(i.File), i.ParentLine)).Order().ToList();
        var ourIncludes = config.Files
            .Select(f => (f.Path, f.IncludedBy is null ? 0 : int.Parse(f.IncludedBy[(f.IncludedBy.LastIndexOf(':') + 1)..])))
            .Order().ToList();
        Assert.Equal(realIncludes, ourIncludes);

        // Virtual hosts: address and file:line; the name wherever the vhost sets ServerName
        // (apache2ctl shows the machine's name for the others).
        var realVhosts = ApacheDumps.ParseVirtualHosts(tree.Ctl("-S").StdOut)
            .ToDictionary(v => (v.Address, File: Rel(v.File), v.Line), v => v.ServerName);
        var ourVhosts = proxy.VirtualHosts.Where(v => !v.IsMain)
            .SelectMany(v => v.Addresses.Select(a => (Key: (a, v.Source.File, v.Source.Line), v.ServerName)))
            .ToList();
        Assert.Equal(realVhosts.Keys.Order(), ourVhosts.Select(v => v.Key).Order());
        Assert.All(ourVhosts.Where(v => v.ServerName is not null), v => Assert.Equal(realVhosts[v.Key], v.ServerName));

        // Listen and ProxyPass lines of the evaluated config (mod_info's DUMP_CONFIG).
        var dumped = ApacheDumps.ParseConfig(tree.Ctl("-t", "-D", "DUMP_CONFIG").StdOut);
        var realListens = dumped.Where(d => d.Name.Equals("Listen", StringComparison.OrdinalIgnoreCase))
            .Select(d => (Rel(d.File), d.Line, Port: int.Parse(d.Args.Split(' ')[0].Split(':')[^1]))).Order().ToList();
        var ourListens = proxy.Listens.Select(l => (l.Source.File, l.Source.Line, l.Port)).Order().ToList();
        Assert.Equal(realListens, ourListens);

        var realMounts = dumped.Where(d => d.Name.StartsWith("ProxyPass", StringComparison.OrdinalIgnoreCase)
                                           && !d.Name.StartsWith("ProxyPassReverse", StringComparison.OrdinalIgnoreCase))
            .Select(d => (Rel(d.File), d.Line)).Order().ToList();
        var ourMounts = proxy.Mounts.Where(m => m.Kind is MountKind.ProxyPass or MountKind.ProxyPassMatch)
            .Select(m => (m.Source.File, m.Source.Line)).Order().ToList();
        Assert.Equal(realMounts, ourMounts);
        Assert.Equal(5, ourMounts.Count);
    }

    private static (HttpdConfig Config, ProxyTopology Proxy, IReadOnlyList<Diagnostic> Diagnostics) Import(string confDir)
    {
        var bag = new DiagnosticBag();
        var reader = new SourceReader(PhysicalFileSystem.Instance, confDir);
        var envvars = EnvVarsFile.Read(reader, Path.Combine(confDir, "envvars"), bag);
        var config = HttpdConfigReader.Read(reader, Path.Combine(confDir, "apache2.conf"), new HttpdOptions { EnvVars = envvars }, bag);
        var proxy = HttpdBinder.Bind(config, bag);
        return (config, proxy, bag.ToImmutable());
    }
}
