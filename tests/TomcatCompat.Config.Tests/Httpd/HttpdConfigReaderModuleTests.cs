using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdConfigReaderModuleTests
{
    [Fact]
    public void LoadedModules_are_builtins_then_LoadModule_in_order()
    {
        var (config, diags) = Read(Modules);
        Assert.Empty(diags);
        Assert.Equal(
            ["core_module", "so_module", "watchdog_module", "http_module", "log_config_module", "logio_module", "version_module", "unixd_module", "mpm_event_module", "proxy_module"],
            config.LoadedModules.ToArray());
    }

    [Fact]
    public void LoadModule_twice_is_TC1140_warning()
    {
        var (config, diags) = Read(Modules + "LoadModule proxy_module modules/mod_proxy.so\n");
        Assert.Equal(["TC1140"], Codes(diags));
        Assert.Single(config.LoadedModules, m => m == "proxy_module");
    }

    [Fact]
    public void LoadModule_of_builtin_is_TC1141()
    {
        var (_, diags) = Read("LoadModule log_config_module m.so\n");
        Assert.Equal("module log_config_module is built-in and can't be loaded; remove this LoadModule line", Assert.Single(diags).Message);
    }

    [Fact]
    public void LoadModule_unknown_module_is_info_and_unknown_directives_become_warnings()
    {
        var (_, diags) = Read("LoadModule foo_module modules/mod_foo.so\nFooThing on\n<IfModule mod_foo.c>\nServerName x\n</IfModule>\n");
        Assert.Equal([("TC1142", "Info"), ("TC2001", "Warning")], diags.Select(d => (d.Code, d.Severity.ToString())));
    }

    [Fact]
    public void Directive_before_its_LoadModule_is_accepted()
    {
        var (_, diags) = Read("ProxyTimeout 5\n" + Modules);
        Assert.Empty(diags);
    }
}
