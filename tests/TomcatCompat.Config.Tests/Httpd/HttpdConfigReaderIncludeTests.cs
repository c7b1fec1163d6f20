using TomcatCompat.Config.Httpd;
using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdConfigReaderIncludeTests
{
    [Fact]
    public void Include_is_spliced_at_the_include_point_and_recorded_in_Files()
    {
        var (config, diags) = Read("ServerName a\nInclude conf/b.conf\nServerName c\n", fs => fs.Add("/srv/conf/b.conf", "ServerAdmin b\n"));
        Assert.Empty(diags);
        Assert.Equal("ServerName a; ServerAdmin b; ServerName c", Dump(config.Nodes));
        Assert.Equal([("httpd.conf", null), ("conf/b.conf", "httpd.conf:2")], config.Files.Select(f => (f.Path, f.IncludedBy)));
        Assert.Equal("conf/b.conf", Assert.Single(config.Files[0].Includes));
        Assert.Equal("conf/b.conf", config.Nodes[1].Span.File);
    }

    [Fact]
    public void Include_directory_reads_recursively_in_strcmp_order_including_dotfiles()
    {
        var (config, _) = Read("Include inc/\n", fs => fs
            .Add("/srv/inc/b.conf", "ServerAdmin b\n").Add("/srv/inc/.hidden.conf", "ServerAdmin hidden\n")
            .Add("/srv/inc/a/z.conf", "ServerAdmin az\n").Add("/srv/inc/B.conf", "ServerAdmin B\n"));
        Assert.Equal("ServerAdmin hidden; ServerAdmin B; ServerAdmin az; ServerAdmin b", Dump(config.Nodes));
    }

    [Fact]
    public void Include_wildcard_is_case_sensitive_skips_dotfiles_and_sorts()
    {
        var (config, _) = Read("Include conf.d/*.conf\n", fs => fs
            .Add("/srv/conf.d/b.conf", "ServerAdmin b\n").Add("/srv/conf.d/a.conf", "ServerAdmin a\n")
            .Add("/srv/conf.d/.x.conf", "ServerAdmin dot\n").Add("/srv/conf.d/c.CONF", "ServerAdmin upper\n"));
        Assert.Equal("ServerAdmin a; ServerAdmin b", Dump(config.Nodes));
    }

    [Fact]
    public void Include_missing_file_is_TC1130_IncludeOptional_is_silent()
    {
        var (_, diags) = Read("Include nope.conf\nIncludeOptional nope2.conf\nIncludeOptional none/*.conf\nIncludeOptional conf/*.x\n", fs => fs.Add("/srv/conf/a", ""));
        var d = Assert.Single(diags);
        Assert.Equal(("TC1130", 1), (d.Code, d.Span.Line));
        Assert.Equal("Include: Could not open configuration file nope.conf: No such file or directory; fix the path or use IncludeOptional", d.Message);
    }

    [Fact]
    public void Include_wildcard_without_match_is_TC1132_and_missing_directory_TC1131()
    {
        var (_, diags) = Read("Include conf/*.nomatch\nInclude nodir/*.conf\n", fs => fs.Add("/srv/conf/a.conf", ""));
        Assert.Equal(["TC1132", "TC1131"], Codes(diags));
        Assert.Contains("No matches for the wildcard '*.nomatch' in 'conf'", diags[0].Message);
    }

    [Fact]
    public void Include_a_star_b_trap_needs_the_file_in_every_matched_directory()
    {
        var (config, diags) = Read("Include sites/*/site.conf\n", fs => fs
            .Add("/srv/sites/one/site.conf", "ServerAdmin one\n").Add("/srv/sites/empty/other", "")
            .Add("/srv/sites/file.txt", ""));
        Assert.Equal("ServerAdmin one", Dump(config.Nodes));
        var d = Assert.Single(diags);
        Assert.Contains("sites/empty/site.conf", d.Message);
    }

    [Fact]
    public void Include_cycle_is_TC1134_naming_the_chain_and_not_recursing()
    {
        var (config, diags) = Read("Include a.conf\n", fs => fs
            .Add("/srv/a.conf", "ServerAdmin a\nInclude b.conf\n").Add("/srv/b.conf", "Include a.conf\n"));
        var d = Assert.Single(diags);
        Assert.Equal(("TC1134", "b.conf", 1), (d.Code, d.Span.File, d.Span.Line));
        Assert.Contains("a.conf:2 → b.conf:1 → a.conf", d.Message);
        Assert.Equal("ServerAdmin a", Dump(config.Nodes));
    }

    [Fact]
    public void Include_of_itself_is_TC1134()
    {
        var (_, diags) = Read("Include httpd.conf\n");
        Assert.Equal("TC1134", Assert.Single(diags).Code);
    }

    [Fact]
    public void Include_errors_inside_included_file_are_located_there()
    {
        var (_, diags) = Read(Modules + "Include a.conf\n", fs => fs.Add("/srv/a.conf", "\nProxyTimeout 30 # note\n"));
        var d = Assert.Single(diags);
        Assert.Equal(("TC2005", "a.conf", 2), (d.Code, d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Include_uses_ServerRoot_in_force_at_that_line()
    {
        var (config, _) = Read("Include x.conf\nServerRoot /srv/other\nInclude x.conf\n", fs => fs
            .Add("/srv/x.conf", "ServerAdmin first\n").Add("/srv/other/x.conf", "ServerAdmin second\n"));
        Assert.Equal("ServerAdmin first; ServerRoot /srv/other; ServerAdmin second", Dump(config.Nodes));
        Assert.Equal("/srv/other", config.ServerRoot);
    }

    [Fact]
    public void ServerRoot_absolute_path_is_looked_up_under_the_import_root_first()
    {
        var (config, diags) = Read("ServerRoot \"/etc/httpd\"\nInclude conf.d/*.conf\nInclude /etc/httpd/extra.conf\n", fs => fs
            .Add("/srv/etc/httpd/conf.d/a.conf", "ServerAdmin chroot\n").Add("/srv/etc/httpd/extra.conf", "ServerAdmin extra\n"));
        Assert.Empty(diags);
        Assert.Equal("/etc/httpd", config.ServerRoot);
        Assert.Equal(["httpd.conf", "etc/httpd/conf.d/a.conf", "etc/httpd/extra.conf"], config.Files.Select(f => f.Path));
    }

    [Fact]
    public void ServerRoot_missing_directory_is_TC1150()
    {
        var (config, diags) = Read("ServerRoot /nowhere\n");
        Assert.Equal(["TC1150"], Codes(diags));
        Assert.Equal("/srv", config.ServerRoot);
    }

    [Fact]
    public void Include_without_path_is_TC1136()
    {
        var (_, diags) = Read("Include \"\"\n");
        Assert.Equal("TC1136", diags[0].Code);
    }
}
