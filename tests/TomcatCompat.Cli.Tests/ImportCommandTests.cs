using System.Text.Json;
using Snapshooter.Xunit;

namespace TomcatCompat.Cli.Tests;

public class ImportCommandTests
{
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

    private static TempTree CleanTree() => new TempTree()
        .Add("etc/apache2/apache2.conf", "LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\nListen 80\n")
        .Add("tomcat1/conf/server.xml", ServerXml);

    [Fact]
    public void Import_clean_tree_exits_0_and_prints_json()
    {
        using var tree = CleanTree();
        var run = CliRun.Of("import", tree.Root);
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(["files", "httpdServers", "listens", "virtualHosts", "balancers", "mounts", "nodes", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("0 errors, ", run.Stderr.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_paths_in_output_are_relative_to_the_directory_given()
    {
        using var tree = CleanTree().Add("etc/apache2/bad.bin.conf", [0x4c, 0x00, 0x0a]);
        var run = CliRun.Of("import", tree.Path("etc/apache2/bad.bin.conf"), tree.Path("tomcat1/conf/server.xml"));
        Assert.DoesNotContain(tree.Root, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(tree.Root, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("etc/apache2/bad.bin.conf:1:1: error TC1003: ", run.Stderr, StringComparison.Ordinal);
        var files = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains("tomcat1/conf/server.xml", files);
    }

    [Fact]
    public void Import_with_config_errors_exits_1()
    {
        using var tree = new TempTree().Add("httpd.conf", [0x4c, 0x69, 0x00, 0x0a]);
        var run = CliRun.Of("import", tree.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("httpd.conf:1:1: error TC1003: ", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings\n", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_with_warnings_only_exits_0()
    {
        using var tree = CleanTree().Add("beans.xml", "<beans/>");
        var run = CliRun.Of("import", tree.Path("etc/apache2/apache2.conf"), tree.Path("beans.xml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("beans.xml:1:1: warning TC1006: \"beans.xml\" is not a recognised config file", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 1 warning\n", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_missing_path_exits_2_with_one_line()
    {
        using var tree = CleanTree();
        var run = CliRun.Of("import", tree.Path("nope.conf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"tomcatcompat: error: cannot import '{tree.Path("nope.conf")}': no such file or directory\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--tomcat-version", "7.0")]
    [InlineData("--property", "novalue")]
    [InlineData("--no-such-option", "x")]
    public void Import_bad_option_value_exits_2(string option, string value)
    {
        using var tree = CleanTree();
        var run = CliRun.Of("import", tree.Root, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tomcatcompat: error: ", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("Run 'tomcatcompat import --help' for usage.\n", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a\0b")]
    public void Import_invalid_path_exits_2(string path)
    {
        var run = CliRun.Of("import", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("tomcatcompat: error: '", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_verb_or_unknown_verb_exits_2()
    {
        Assert.Equal(2, CliRun.Of().ExitCode);
        Assert.Equal(2, CliRun.Of("explode").ExitCode);
        Assert.Equal(2, CliRun.Of("import").ExitCode);
    }

    [Fact]
    public void Import_envvars_or_server_root_that_do_not_exist_exit_2()
    {
        using var tree = CleanTree();
        Assert.Equal(2, CliRun.Of("import", tree.Root, "--envvars", tree.Path("no-envvars")).ExitCode);
        Assert.Equal(2, CliRun.Of("import", tree.Root, "-d", tree.Path("no-dir")).ExitCode);
    }

    [Fact]
    public void Import_accepts_httpd_style_switches()
    {
        using var tree = CleanTree().Add("etc/apache2/envvars", "export APACHE_LOG_DIR=/var/log/apache2\n");
        var run = CliRun.Of("import", tree.Root, "-D", "SSL", "-DFOO", "--property", "a=b=c", "-d", tree.Path("etc/apache2"),
            "--envvars", tree.Path("etc/apache2/envvars"), "--tomcat-version", "9.0");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Import_output_file_is_written_and_stdout_stays_empty()
    {
        using var tree = CleanTree();
        var target = tree.Path("out/topology.txt");
        Directory.CreateDirectory(tree.Path("out"));
        File.WriteAllText(target, "old content that must disappear");
        var run = CliRun.Of("import", tree.Path("etc"), "--format", "text", "-o", target);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("Listen: ", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_output_file_in_missing_directory_exits_2()
    {
        using var tree = CleanTree();
        var run = CliRun.Of("import", tree.Root, "-o", tree.Path("no/such/dir/out.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tomcatcompat: error: cannot write '", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_masks_Server_shutdown_unless_show_secrets()
    {
        using var tree = CleanTree();
        var masked = JsonDocument.Parse(CliRun.Of("import", tree.Root).Stdout).RootElement.GetProperty("nodes")[0];
        Assert.Equal("***", masked.GetProperty("shutdownCommand").GetString());
        var shown = JsonDocument.Parse(CliRun.Of("import", tree.Root, "--show-secrets").Stdout).RootElement.GetProperty("nodes")[0];
        Assert.Equal("SHUTDOWN", shown.GetProperty("shutdownCommand").GetString());
    }

    [Theory]
    [InlineData("text", "Listen: ")]
    [InlineData("yarp", "{\n  \"ReverseProxy\": {")]
    [InlineData("mermaid", "flowchart LR\n")]
    public void Import_each_format_prints_its_shape(string format, string start)
    {
        using var tree = CleanTree();
        var run = CliRun.Of("import", tree.Root, "-f", format);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_import_matches_snapshot()
    {
        var run = CliRun.Of("import", "--help");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Stdout);
    }

    [Fact]
    public void Help_of_root_matches_snapshot()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Stdout);
    }
}
