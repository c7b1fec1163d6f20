using System.Collections.Immutable;
using TomcatCompat.Config.Httpd;
using static TomcatCompat.Config.Tests.Httpd.HttpdTestTree;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class HttpdConfigReaderVariableTests
{
    [Fact]
    public void Define_value_is_expanded_on_whole_line_before_tokenising()
    {
        var (config, diags) = Read(Modules + "Define X \"30 40\"\nProxyTimeout ${X}\n");
        Assert.Equal(["TC2004"], Codes(diags));
        Assert.Equal(["30", "40"], config.Nodes[^1].Args.ToArray());
    }

    [Fact]
    public void Variable_in_directive_name_is_expanded()
    {
        var (config, _) = Read("Define D ServerName\n${D} x\n");
        Assert.Equal("ServerName", config.Nodes[1].Name);
    }

    [Fact]
    public void Lookup_order_is_Define_then_envvars_then_environment()
    {
        var options = new HttpdOptions { EnvVars = ImmutableDictionary<string, string>.Empty.Add("A", "envvars").Add("B", "envvars") };
        var (config, _) = Read("Define A define\nServerAdmin ${A} ${B} ${C}\n", fs => fs.SetEnvironment("B", "env").SetEnvironment("C", "env"), options);
        Assert.Equal(["define", "envvars", "env"], config.Nodes[1].Args.ToArray());
    }

    [Fact]
    public void Define_without_value_falls_through_to_environment()
    {
        var (config, _) = Read("Define V\nServerAdmin ${V}\n", fs => fs.SetEnvironment("V", "fromenv"));
        Assert.Equal("fromenv", config.Nodes[1].Args[0]);
        Assert.Equal("", config.Defines["V"]);
    }

    [Fact]
    public void Undefined_variable_is_kept_literally_with_TC1120_warning_but_not_with_colon()
    {
        var (config, diags) = Read("ServerAlias ${NOPE} ${map:key} $PLAIN ${open\n");
        var d = Assert.Single(diags);
        Assert.Equal(("TC1120", 1), (d.Code, d.Span.Line));
        Assert.Contains("${NOPE}", d.Message);
        Assert.Equal(["${NOPE}", "${map:key}", "$PLAIN", "${open"], config.Nodes[0].Args.ToArray());
    }

    [Fact]
    public void Define_name_with_colon_is_TC1121()
    {
        var (config, diags) = Read("Define a:b c\n");
        Assert.Equal(["TC1121"], Codes(diags));
        Assert.False(config.Defines.ContainsKey("a:b"));
    }

    [Fact]
    public void UnDefine_removes_and_final_Defines_include_command_line()
    {
        var (config, _) = Read("Define A 1\nDefine B 2\nUnDefine A\nDefine B 3\n", options: new HttpdOptions { Defines = ["CLI"] });
        Assert.Equal([("B", "3"), ("CLI", "")], config.Defines.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void Define_inside_VirtualHost_is_global()
    {
        var (config, _) = Read("<VirtualHost *:80>\nDefine G v\n</VirtualHost>\nServerAdmin ${G}\n");
        Assert.Equal("v", config.Nodes[1].Args[0]);
    }

    [Fact]
    public void Comment_lines_are_not_expanded()
    {
        var (_, diags) = Read("# ${NOPE}\n");
        Assert.Empty(diags);
    }
}
