using System.Text.Json;
using System.Text.RegularExpressions;
using Snapshooter.Xunit;

using TomcatCompat.Testing;

namespace TomcatCompat.Cli.Tests;

public sealed class LintCommandTests
{
    private const string Httpd = "LoadModule mpm_event_module modules/mod_mpm_event.so\nListen 80\n";

    private const string ServerXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Server port="-1" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8080" protocol="HTTP/1.1"/>
            <Engine name="Catalina" defaultHost="localhost" jvmRoute="node1">
              <Host name="localhost" appBase="webapps"/>
            </Engine>
          </Service>
        </Server>
        """;

    /// <summary>Line 5 is TC2650 (a warning): sessions never expire.</summary>
    private const string WebXmlNeverExpires = """
        <?xml version="1.0" encoding="UTF-8"?>
        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
          <display-name>app</display-name>
          <session-config>
            <session-timeout>-1</session-timeout>
          </session-config>
        </web-app>
        """;

    private static TempTree Clean() => new TempTree().Add("httpd/httpd.conf", Httpd).Add("tomcat1/conf/server.xml", ServerXml);

    private static TempTree WarningsOnly() => Clean().Add("tomcat1/webapps/app/WEB-INF/web.xml", WebXmlNeverExpires);

    private static List<(string Code, string File, int Line)> Json(CliRun run) =>
        [.. JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32()))];

    [Fact]
    public void Lint_clean_tree_exits_0_with_an_empty_report()
    {
        using var tree = Clean();
        var run = CliRun.Of("lint", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 info\n", run.Stdout);
    }

    [Fact]
    public void Lint_warnings_only_exit_0_and_fail_on_warning_makes_them_exit_1()
    {
        using var tree = WarningsOnly();
        var run = CliRun.Of("lint", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("0 errors, 1 warning, 0 info\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Of("lint", "--fail-on", "warning", tree.Root).ExitCode);
    }

    [Fact]
    public void Lint_errors_exit_1()
    {
        using var tree = Clean().Add("httpd/httpd.conf", Httpd + "ProxyTimeuot 30\n");
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([("TC2000", "httpd/httpd.conf", 3)], Json(run));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "never")]
    [InlineData("--tomcat-version", "7.0")]
    public void Lint_bad_option_value_exits_2(string option, string value)
    {
        using var tree = Clean();
        var run = CliRun.Of("lint", option, value, tree.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("Run 'tomcatcompat lint --help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_missing_path_exits_2()
    {
        using var tree = Clean();
        var run = CliRun.Of("lint", tree.Path("nope"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tomcatcompat: error: cannot import '", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ignore_removes_the_code_in_any_case()
    {
        using var tree = WarningsOnly();
        var run = CliRun.Of("lint", "--ignore", "tc2650", "--fail-on", "warning", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings, 0 info\n", run.Stdout);
    }

    [Fact]
    public void Pragma_in_httpd_conf_suppresses_only_the_next_directive()
    {
        using var tree = Clean().Add("httpd/httpd.conf", Httpd + "# tomcatcompat ignore=TC2000 # vendor module\nFooBar 1\nBarBaz 2\n");
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.Equal([("TC2000", "httpd/httpd.conf", 5)], Json(run));
    }

    [Fact]
    public void Pragma_in_server_xml_suppresses_only_the_next_element()
    {
        var xml = ServerXml.Replace(
            "    <Connector port=\"8080\" protocol=\"HTTP/1.1\"/>",
            "    <!-- tomcatcompat ignore=TC2401 -->\n    <Connector port=\"8080\" protocol=\"HTTP/1.1\" connectionTimout=\"1\"/>\n    <Connector port=\"8081\" protocol=\"HTTP/1.1\" connectionTimout=\"1\"/>",
            StringComparison.Ordinal);
        using var tree = new TempTree().Add("tomcat1/conf/server.xml", xml);
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.Equal([("TC2401", "tomcat1/conf/server.xml", 6)], Json(run));
    }

    [Fact]
    public void TC1xxx_cannot_be_suppressed_by_pragma_or_ignore()
    {
        using var tree = Clean().Add("httpd/httpd.conf", Httpd + "# tomcatcompat ignore=TC1105\n<IfModule mod_proxy.c>\n");
        var run = CliRun.Of("lint", "--format", "json", "--ignore", "TC1105", tree.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([("TC1105", "httpd/httpd.conf", 4)], Json(run));
    }

    [Fact]
    public void Lint_json_is_an_array_of_code_severity_file_line_column_message()
    {
        using var tree = WarningsOnly();
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        var item = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList());
        Assert.Equal(["code", "severity", "file", "line", "column", "message"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("TC2650", item.GetProperty("code").GetString());
        Assert.Equal("warning", item.GetProperty("severity").GetString());
        Assert.Equal("tomcat1/webapps/app/WEB-INF/web.xml", item.GetProperty("file").GetString());
        Assert.Equal(5, item.GetProperty("line").GetInt32());
        Assert.Equal(6, item.GetProperty("column").GetInt32());
        Assert.StartsWith("<session-timeout> \"-1\" means sessions never expire", item.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_sarif_is_version_2_1_0_with_one_result_per_finding()
    {
        using var tree = WarningsOnly();
        var run = CliRun.Of("lint", "--format", "sarif", tree.Root);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var result = Assert.Single(root.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("TC2650", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("tomcat1/webapps/app/WEB-INF/web.xml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Lint_text_prints_location_severity_code_then_source_line_caret_and_page()
    {
        using var tree = WarningsOnly();
        var lines = CliRun.Of("lint", tree.Root).Stdout.Split('\n');
        Assert.Matches(@"^tomcat1/webapps/app/WEB-INF/web\.xml:5:6: warning TC2650: <session-timeout> ""-1"" means", lines[0]);
        Assert.Equal("      <session-timeout>-1</session-timeout>", lines[1]);
        Assert.Equal("       ^", lines[2]);
        Assert.Equal("  see docs/rules/TC2650.md", lines[3]);
        Assert.Equal("0 errors, 1 warning, 0 info", lines[4]);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Lint_mixed_mistakes_reports_each_at_its_own_file_and_line_in_one_run(string format)
    {
        using var tree = MixedMistakesTree.Create();
        var run = CliRun.Of("lint", "--format", format, tree.Root);
        Assert.Equal(1, run.ExitCode);
        var found = format switch
        {
            "json" => Json(run),
            "sarif" => [.. JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r =>
                (r.GetProperty("ruleId").GetString()!,
                 r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                 r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))],
            _ => Regex.Matches(run.Stdout, @"^(?<file>[^\s:]+):(?<line>\d+):\d+: (?:error|warning|info) (?<code>TC\d{4}):", RegexOptions.Multiline)
                .Select(m => (m.Groups["code"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        };
        Assert.Equal(MixedMistakesTree.Expected.Order(), found.Order());
        if (format == "sarif")
            SarifSchema.AssertValid(run.Stdout);
    }

    [Fact]
    public void Lint_never_prints_secrets_in_messages()
    {
        using var tree = MixedMistakesTree.Create();
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.DoesNotContain("s3cret", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"wrong\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptInterceptor_valid_key_is_not_TC2559_when_linting()
    {
        var xml = ServerXml.Replace("<Host name", """
            <Cluster className="org.apache.catalina.ha.tcp.SimpleTcpCluster">
                    <Channel className="org.apache.catalina.tribes.group.GroupChannel">
                      <Interceptor className="org.apache.catalina.tribes.group.interceptors.EncryptInterceptor" encryptionKey="00112233445566778899aabbccddeeff"/>
                    </Channel>
                  </Cluster>
                  <Host name
            """, StringComparison.Ordinal);
        using var tree = new TempTree().Add("tomcat1/conf/server.xml", xml);
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.DoesNotContain(Json(run), f => f.Code == "TC2559");
    }

    [Fact]
    public void Engine_jvmRoute_shared_by_two_nodes_is_TC3004_only_not_also_TC3011()
    {
        using var tree = new TempTree()
            .Add("tomcat1/conf/server.xml", ServerXml)
            .Add("tomcat2/conf/server.xml", ServerXml.Replace("8080", "8081", StringComparison.Ordinal));
        var run = CliRun.Of("lint", "--format", "json", tree.Root);
        Assert.Equal([("TC3004", "tomcat2/conf/server.xml", 2)], Json(run));
    }

    [Fact]
    public void Help_of_lint_matches_snapshot()
    {
        var run = CliRun.Of("lint", "--help");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Stdout);
    }
}
