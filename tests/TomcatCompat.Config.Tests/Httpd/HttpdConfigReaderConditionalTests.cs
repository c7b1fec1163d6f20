using TomcatCompat.Config.Httpd;
using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdConfigReaderConditionalTests
{
    [Theory]
    [InlineData("mod_proxy.c", true)]
    [InlineData("proxy_module", true)]
    [InlineData("!mod_proxy.c", false)]
    [InlineData("! mod_proxy.c", false)]
    [InlineData("mod_ssl.c", false)]
    [InlineData("!ssl_module", true)]
    [InlineData("mod_version.c", true)]
    [InlineData("MOD_PROXY.C", false)]
    public void IfModule_both_name_forms_and_negation(string test, bool expected)
    {
        var (config, _) = Read(Modules + $"<IfModule {test}>\nServerName in\n</IfModule>\n");
        Assert.Equal(expected, config.Nodes.Any(n => n.Name == "ServerName"));
    }

    [Fact]
    public void IfModule_before_LoadModule_is_false()
    {
        var (config, diags) = Read("<IfModule proxy_module>\nProxyTimeout 5\n</IfModule>\nLoadModule proxy_module m.so\n");
        Assert.Empty(diags);
        Assert.Equal("LoadModule proxy_module m.so", Dump(config.Nodes));
    }

    [Fact]
    public void IfModule_quoted_negation_does_not_negate_and_warns_TC1114()
    {
        var (config, diags) = Read("<IfModule \"!mod_ssl.c\">\nServerName x\n</IfModule>\n");
        Assert.Equal(["TC1114"], Codes(diags));
        Assert.Empty(config.Nodes);
    }

    [Fact]
    public void IfModule_extra_words_are_ignored_with_TC1113()
    {
        var (config, diags) = Read("<IfModule mod_version.c mod_nothing.c>\nServerName x\n</IfModule>\n");
        Assert.Equal(["TC1113"], Codes(diags));
        Assert.Single(config.Nodes);
    }

    [Fact]
    public void False_conditional_body_is_only_nesting_checked()
    {
        var (config, diags) = Read("<IfDefine NOPE>\nBogus ${UNDEF} \"\n<Proxy *>\n</Proxy>\n</IfDefine>\nServerName a\n");
        Assert.Empty(diags);
        Assert.Equal("ServerName a", Dump(config.Nodes));
    }

    [Fact]
    public void False_conditional_with_mismatched_nesting_is_reported()
    {
        var (_, diags) = Read("<IfDefine NOPE>\n<Proxy *>\n</Location>\n</IfDefine>\n");
        Assert.Equal("TC1103", diags[0].Code);
    }

    [Fact]
    public void False_conditional_unclosed_at_end_is_TC1105()
    {
        var (_, diags) = Read("<IfDefine NOPE>\nX\n");
        Assert.Equal(["TC1105"], Codes(diags));
    }

    [Fact]
    public void IfDefine_sees_command_line_D_and_earlier_Define_not_environment()
    {
        var (config, _) = Read(
            "<IfDefine CLI>\nServerName a\n</IfDefine>\n<IfDefine LATER>\nServerName b\n</IfDefine>\nDefine LATER\n<IfDefine LATER>\nServerName c\n</IfDefine>\n<IfDefine ENVONLY>\nServerName d\n</IfDefine>\n",
            fs => fs.SetEnvironment("ENVONLY", "1"),
            new HttpdOptions { Defines = ["CLI"] });
        Assert.Equal("ServerName a; Define LATER; ServerName c", Dump(config.Nodes));
    }

    [Fact]
    public void IfFile_tests_ServerRoot_relative_paths_and_directories()
    {
        var (config, _) = Read("<IfFile conf/x.conf>\nServerName a\n</IfFile>\n<IfFile !/nowhere>\nServerName b\n</IfFile>\n<IfFile conf>\nServerName c\n</IfFile>\n",
            fs => fs.Add("/srv/conf/x.conf", ""));
        Assert.Equal("ServerName a; ServerName b; ServerName c", Dump(config.Nodes));
    }

    [Fact]
    public void IfDirective_and_IfSection_depend_on_loaded_modules()
    {
        var (config, _) = Read("<IfDirective ProxyPass>\nServerName a\n</IfDirective>\n" + Modules
            + "<IfDirective proxypass>\nServerName b\n</IfDirective>\n<IfSection Proxy>\nServerName c\n</IfSection>\n<IfSection Nope>\nServerName d\n</IfSection>\n");
        Assert.Equal(["ServerName b", "ServerName c"], config.Nodes.Where(n => n.Name == "ServerName").Select(n => Dump([n])));
    }

    [Fact]
    public void IfVersion_2_4_means_exactly_2_4_0()
    {
        var (config, _) = Read("<IfVersion 2.4>\nServerName a\n</IfVersion>\n<IfVersion >= 2.4>\nServerName b\n</IfVersion>\n");
        Assert.Equal("ServerName b", Dump(config.Nodes));
    }

    [Fact]
    public void IfVersion_bad_version_is_TC1160_and_body_skipped()
    {
        var (config, diags) = Read("<IfVersion >= two>\nServerName a\n</IfVersion>\n");
        Assert.Equal(["TC1160"], Codes(diags));
        Assert.Empty(config.Nodes);
    }

    [Fact]
    public void True_conditional_inside_VirtualHost_is_spliced_into_it()
    {
        var (config, diags) = Read("<VirtualHost *:80>\n<IfModule mod_version.c>\nServerName a\n</IfModule>\n</VirtualHost>\n");
        Assert.Empty(diags);
        Assert.Equal("<VirtualHost *:80>[ServerName a]", Dump(config.Nodes));
    }

    [Fact]
    public void Closers_are_case_insensitive_for_conditionals()
    {
        var (_, diags) = Read("<ifmodule mod_version.c>\n</IFMODULE>\n");
        Assert.Empty(diags);
    }
}
