using TomcatCompat.Config.Httpd;
using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class DirectiveValidatorTests
{
    [Fact]
    public void Unknown_directive_is_TC2000_with_httpd_wording()
    {
        var (_, diags) = Read("Foo bar\n");
        Assert.Equal("Invalid command 'Foo', perhaps misspelled or defined by a module not included in the server configuration", Assert.Single(diags).Message);
    }

    [Fact]
    public void ProxyPass_without_mod_proxy_is_TC2000_naming_the_module()
    {
        var (_, diags) = Read("ProxyPass / http://b/\n");
        var d = Assert.Single(diags);
        Assert.Equal("TC2000", d.Code);
        Assert.Contains("provided by proxy_module", d.Message);
    }

    [Fact]
    public void Listen_needs_an_MPM_module()
    {
        var (_, withMpm) = Read(Modules + "Listen 80\n");
        var (_, without) = Read("Listen 80\n");
        Assert.Empty(withMpm);
        Assert.Equal(["TC2000"], Codes(without));
    }

    [Fact]
    public void ProxyTimeout_mid_line_comment_is_TC2005()
    {
        var (_, diags) = Read(Modules + "ProxyTimeout 30 # note\n");
        var d = Assert.Single(diags);
        Assert.Equal(("TC2005", 3), (d.Code, d.Span.Line));
        Assert.Equal("ProxyTimeout takes one argument, but the mid-line comment made 3 arguments (\"30\" \"#\" \"note\"); httpd treats '#' as a comment only at the start of a line, so move \"# note\" to its own line", d.Message);
    }

    [Theory]
    [InlineData("ProxyTimeout", "TC2004")]
    [InlineData("ProxyTimeout \"\"", "TC2004")]
    [InlineData("LoadModule a", "TC2004")]
    [InlineData("KeepAlive maybe", "TC2006")]
    [InlineData("KeepAlive", "TC2006")]
    public void Argument_checks_per_kind(string line, string code)
    {
        var (_, diags) = Read(Modules + line + "\n");
        Assert.Equal([code], Codes(diags));
    }

    [Theory]
    [InlineData("KeepAlive on")]
    [InlineData("KeepAlive OFF")]
    [InlineData("Define A")]
    [InlineData("Define A b")]
    [InlineData("ProxyPass / balancer://x/ stickysession=JSESSIONID")]
    public void Argument_checks_accept_valid_forms(string line)
    {
        var (_, diags) = Read(Modules + line + "\n");
        Assert.Empty(diags);
    }

    [Fact]
    public void ProxyTimeout_in_Location_is_not_allowed_in_context()
    {
        var (_, diags) = Read(Modules + "<Location /a>\nProxyTimeout 5\n</Location>\n");
        Assert.Equal("ProxyTimeout not allowed in <Location> context; move it to the server config or a <VirtualHost>, outside <Directory>, <Location>, <Files> and <Proxy>", Assert.Single(diags).Message);
    }

    [Fact]
    public void Location_nested_in_Location_is_not_allowed()
    {
        var (_, diags) = Read("<Location /a>\n<Location /b>\n</Location>\n</Location>\n");
        Assert.StartsWith("<Location not allowed in <Location> context", Assert.Single(diags).Message);
    }

    [Fact]
    public void Listen_in_VirtualHost_cannot_occur_within()
    {
        var (_, diags) = Read(Modules + "<VirtualHost *:80>\nListen 81\n</VirtualHost>\n");
        Assert.Equal("Listen cannot occur within <VirtualHost> section; move it outside that section", Assert.Single(diags).Message);
    }

    [Fact]
    public void Directory_only_directive_at_top_level_is_not_allowed_here()
    {
        var (_, diags) = Read("Require all granted\nLoadModule authz_core_module m.so\n");
        Assert.StartsWith("Require not allowed here", Assert.Single(diags).Message);
    }

    [Fact]
    public void Proxy_in_VirtualHost_with_BalancerMember_is_fine()
    {
        var (_, diags) = Read(Modules + "<VirtualHost *:80>\n<Proxy balancer://c>\nBalancerMember http://a\nProxySet lbmethod=byrequests\n</Proxy>\nProxyPass / balancer://c/\n</VirtualHost>\n");
        Assert.Empty(diags);
    }

    [Fact]
    public void DirectiveTable_knows_mod_jk_and_core_facts()
    {
        var jk = DirectiveTable.Find("jkmount")!;
        Assert.Equal((HttpdArgKind.Take12, "jk_module"), (jk.Kind, jk.Modules[0]));
        var listen = DirectiveTable.Find("Listen")!;
        Assert.Equal(3, listen.Modules.Length);
        Assert.True(listen.Restrictions.HasFlag(DirectiveRestrictions.NotInVirtualHost));
        Assert.Equal(HttpdArgKind.Flag, DirectiveTable.Find("ProxyRequests")!.Kind);
        Assert.Equal("mod_proxy.c", DirectiveTable.ModuleSources["proxy_module"]);
    }
}
