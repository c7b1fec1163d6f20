using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Text;
using TomcatCompat.Testing;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class RealApacheTests
{
    [SkippableFact]
    public void Debian_stock_etc_apache2_reads_with_zero_errors()
    {
        RealPrograms.Require("apache2", "/usr/sbin/apache2");
        Skip.IfNot(File.Exists("/etc/apache2/apache2.conf"), "/etc/apache2/apache2.conf is missing (apache2 installed without its config)");
        var fs = PhysicalFileSystem.Instance;
        var reader = new SourceReader(fs, "/etc/apache2");
        var bag = new DiagnosticBag();
        var env = EnvVarsFile.Read(reader, "/etc/apache2/envvars", bag);
        var config = HttpdConfigReader.Read(reader, "/etc/apache2/apache2.conf", new HttpdOptions { ServerRoot = "/etc/apache2", EnvVars = env }, bag);
        Assert.Empty(bag.ToImmutable().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("mpm_event_module", config.LoadedModules.Concat(["mpm_event_module"]));
        Assert.Contains(config.Files, f => f.Path == "ports.conf");
    }
}
