using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Config.Tests.Tomcat;

public sealed class CatalinaPropertiesTests
{
    private static (IReadOnlyDictionary<string, string> P, DiagnosticBag D) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (CatalinaProperties.Parse(new SourceFile("/r/c.properties", "c.properties", text), bag), bag);
    }

    [Fact]
    public void Separators_equals_colon_and_space()
    {
        var (p, d) = Parse("a=1\nb : 2\nc 3\n  d\t=  4 \n");
        Assert.Equal(0, d.Count);
        Assert.Equal(("1", "2", "3", "4 "), (p["a"], p["b"], p["c"], p["d"]));
    }

    [Fact]
    public void Comments_blank_lines_and_continuations()
    {
        var (p, _) = Parse("# x=1\n! y=2\n\nlist=a,\\\n    b,\\\n    c\nlast=ok");
        Assert.Equal(["last", "list"], p.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("a,b,c", "ok"), (p["list"], p["last"]));
    }

    [Fact]
    public void Escapes_and_unicode()
    {
        var (p, _) = Parse("k\\ ey=t\\tab\\u00e9\\\\end\r\nlater=2\r\nlater=3");
        Assert.Equal(("t\tabé\\end", "3"), (p["k ey"], p["later"]));
    }

    [Fact]
    public void Malformed_unicode_escape_rejects_whole_file_TC1402()
    {
        var (p, d) = Parse("a=1\nb=\\u12\n");
        Assert.Empty(p);
        var diag = Assert.Single(d.ToImmutable());
        Assert.Equal(("TC1402", 2), (diag.Code, diag.Span.Line));
    }

    [SkippableFact]
    public void Real_debian_catalina_properties_parses()
    {
        TomcatCompat.Testing.RealPrograms.Require("tomcat10", "/usr/share/tomcat10/bin/catalina.sh");
        Skip.IfNot(File.Exists("/etc/tomcat10/catalina.properties"), "/etc/tomcat10/catalina.properties is absent");
        var (p, d) = Parse(File.ReadAllText("/etc/tomcat10/catalina.properties"));
        Assert.Equal(0, d.Count);
        Assert.StartsWith("sun.,", p["package.access"], StringComparison.Ordinal);
        Assert.Contains("catalina-ha.jar,", p["tomcat.util.scan.StandardJarScanFilter.jarsToSkip"], StringComparison.Ordinal);
    }
}
