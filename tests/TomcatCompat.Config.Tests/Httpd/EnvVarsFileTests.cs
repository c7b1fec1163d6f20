using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tests.Httpd;

public sealed class EnvVarsFileTests
{
    private const string Debian = """
        # envvars - default environment variables for apache2ctl
        unset HOME
        if [ "${APACHE_CONFDIR##/etc/apache2-}" != "${APACHE_CONFDIR}" ] ; then
        	SUFFIX="-${APACHE_CONFDIR##/etc/apache2-}"
        else
        	SUFFIX=
        fi
        export APACHE_RUN_USER=www-data
        export APACHE_PID_FILE=/var/run/apache2$SUFFIX/apache2.pid
        export APACHE_LOG_DIR=/var/log/apache2${SUFFIX}
        export LANG=C
        export LANG
        #export APACHE_LYNX='www-browser -dump'
        NOT_EXPORTED=x
        export QUOTED='a b' DQ
        """;

    private static (IReadOnlyDictionary<string, string> Vars, Diagnostic[] Diags) Read(string dir, string text)
    {
        var fs = new InMemoryFileSystem().Add(dir + "/envvars", text);
        var bag = new DiagnosticBag();
        var vars = EnvVarsFile.Read(new SourceReader(fs, "/"), dir + "/envvars", bag);
        return (vars, [.. bag.ToImmutable()]);
    }

    [Fact]
    public void EnvVars_debian_file_gives_exported_variables_with_empty_SUFFIX()
    {
        var (vars, diags) = Read("/etc/apache2", Debian);
        Assert.Equal("www-data", vars["APACHE_RUN_USER"]);
        Assert.Equal("/var/run/apache2/apache2.pid", vars["APACHE_PID_FILE"]);
        Assert.Equal("/var/log/apache2", vars["APACHE_LOG_DIR"]);
        Assert.Equal("C", vars["LANG"]);
        Assert.False(vars.ContainsKey("NOT_EXPORTED"));
        Assert.False(vars.ContainsKey("SUFFIX"));
        Assert.All(diags, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void EnvVars_SUFFIX_follows_apache2_NAME_directory()
    {
        var (vars, _) = Read("/etc/apache2-blue", Debian);
        Assert.Equal("/var/log/apache2-blue", vars["APACHE_LOG_DIR"]);
    }

    [Fact]
    public void EnvVars_quotes_and_unevaluable_lines_are_info()
    {
        var (vars, diags) = Read("/e", "export A='x y'\nB=\"$A!\"\nexport B\n. /etc/default/locale\nexport C=$(date)\n");
        Assert.Equal(("x y", "x y!"), (vars["A"], vars["B"]));
        Assert.Equal([("TC1180", 4), ("TC1180", 5)], diags.Select(d => (d.Code, d.Span.Line)));
    }
}
