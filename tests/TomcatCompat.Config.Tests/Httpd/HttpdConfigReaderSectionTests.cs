using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdConfigReaderSectionTests
{
    [Fact]
    public void Proxy_section_with_quoted_argument_keeps_children_and_span()
    {
        var (config, diags) = Read(Modules + "<Proxy \"balancer://c1\">\n  BalancerMember http://a:8080 route=a\n</proxy>\n");
        Assert.Empty(diags);
        Assert.Equal("LoadModule mpm_event_module modules/mod_mpm_event.so; LoadModule proxy_module modules/mod_proxy.so; "
            + "<Proxy balancer://c1>[BalancerMember http://a:8080 route=a]", Dump(config.Nodes));
        Assert.Equal(("httpd.conf", 3, 1), (config.Nodes[2].Span.File, config.Nodes[2].Span.Line, config.Nodes[2].Span.Column));
    }

    [Fact]
    public void Directive_span_is_last_physical_line_of_continued_line()
    {
        var (config, _) = Read("ServerName \\\n   example.org\n");
        Assert.Equal(2, config.Nodes[0].Span.Line);
        Assert.Equal("example.org", Assert.Single(config.Nodes[0].Args));
    }

    [Fact]
    public void Section_missing_close_bracket_is_TC1102()
    {
        var (config, diags) = Read(Modules + "<Proxy balancer://c\n</Proxy>\n");
        var d = Assert.Single(diags);
        Assert.Equal(("TC1102", 3), (d.Code, d.Span.Line));
        Assert.Contains("<Proxy> directive missing closing '>'", d.Message);
        Assert.Single(config.Nodes.OfType<TomcatCompat.Config.Httpd.Syntax.SectionNode>());
    }

    [Fact]
    public void Closer_with_space_before_bracket_is_TC1102()
    {
        var (_, diags) = Read(Modules + "<Proxy *>\n</Proxy >\n");
        Assert.Equal(["TC1102"], Codes(diags));
    }

    [Fact]
    public void Mismatched_closer_is_TC1103_with_httpd_wording()
    {
        var (_, diags) = Read(Modules + "<Proxy *>\n</Location>\n</Proxy>\n");
        var d = Assert.Single(diags);
        Assert.Equal("TC1103", d.Code);
        Assert.StartsWith("Expected </Proxy> but saw </Location>", d.Message);
    }

    [Fact]
    public void Stray_closer_is_TC1104()
    {
        var (_, diags) = Read("</VirtualHost>\n");
        Assert.Equal("</VirtualHost> without matching <VirtualHost section in this file; remove it or open the section in the same file", Assert.Single(diags).Message);
    }

    [Fact]
    public void Unclosed_sections_at_end_of_file_are_TC1105_innermost_first()
    {
        var (config, diags) = Read(Modules + "<VirtualHost *:80>\n<Location /a>\nProxyPass http://b/\n");
        Assert.Equal([("TC1105", 4), ("TC1105", 3)], diags.Select(d => (d.Code, d.Span.Line)));
        Assert.Equal("<VirtualHost *:80>[<Location /a>[ProxyPass http://b/]]", Dump(config.Nodes.Skip(2)));
    }

    [Fact]
    public void Section_opened_in_one_file_and_closed_in_another_is_an_error()
    {
        var (_, diags) = Read(Modules + "Include a.conf\n</VirtualHost>\n", fs => fs.Add("/srv/a.conf", "<VirtualHost *:80>\n"));
        Assert.Equal([("TC1105", "a.conf", 1), ("TC1104", "httpd.conf", 4)], diags.Select(d => (d.Code, d.Span.File, d.Span.Line)));
    }

    [Fact]
    public void Text_after_closing_tag_is_TC1112_warning()
    {
        var (_, diags) = Read(Modules + "<Proxy *>\n</Proxy> # note\n");
        Assert.Equal("text \"# note\" after </Proxy> is silently ignored by httpd; move comments to their own line", Assert.Single(diags).Message);
    }

    [Theory]
    [InlineData("<Location>\n</Location>\n", "TC1106")]
    [InlineData("<Location /a /b>\n</Location>\n", "TC1107")]
    [InlineData("<VirtualHost *:80>\n<VirtualHost *:81>\n</VirtualHost>\n</VirtualHost>\n", "TC1108")]
    [InlineData("<IfModule x_module>\n</IfModule>\n<Else>\n</Else>\n", "TC1109")]
    [InlineData("<If \"true\">\n</If>\n<Else foo>\n</Else>\n", "TC1110")]
    public void Section_argument_and_pairing_errors(string text, string code)
    {
        var (_, diags) = Read(text);
        Assert.Equal(code, diags[0].Code);
    }

    [Fact]
    public void If_ElseIf_Else_are_kept_as_sections()
    {
        var (config, diags) = Read("<If \"%{HTTPS} == 'on'\">\n</If>\n<ElseIf \"-z x\">\n</ElseIf>\n<Else>\n</Else>\n");
        Assert.Empty(diags);
        Assert.Equal("<If %{HTTPS} == 'on'>[]; <ElseIf -z x>[]; <Else>[]", Dump(config.Nodes));
    }

    [Fact]
    public void Location_tilde_regex_takes_two_words()
    {
        var (_, diags) = Read("<Location ~ \"^/a\">\n</Location>\n");
        Assert.Empty(diags);
    }

    [Fact]
    public void Byte_order_mark_is_TC1101_naming_the_first_directive()
    {
        var (config, diags) = Read("\uFEFFServerName a\n");
        var d = Assert.Single(diags);
        Assert.Equal(("TC1101", 1), (d.Code, d.Span.Line));
        Assert.Contains("'\\xef\\xbb\\xbfServerName'", d.Message);
        Assert.Equal("ServerName a", Dump(config.Nodes));
    }

    [Fact]
    public void Unterminated_quote_is_TC1111_warning_and_takes_rest_of_line()
    {
        var (config, diags) = Read("ServerAdmin \"a b\n");
        Assert.Equal(["TC1111"], Codes(diags));
        Assert.Equal("a b", Assert.Single(config.Nodes[0].Args));
    }

    [Fact]
    public void Macro_and_Use_are_TC1170_and_reading_goes_on()
    {
        var (config, diags) = Read("<Macro VHost $name>\nServerName $name\n</Macro>\nUse VHost a\nServerName b\n");
        Assert.Equal(["TC1170", "TC1170"], Codes(diags).Take(2));
        Assert.Equal("Use VHost a; ServerName b", Dump(config.Nodes));
    }
}
