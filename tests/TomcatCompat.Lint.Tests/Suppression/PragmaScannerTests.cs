using TomcatCompat.Config.Text;
using TomcatCompat.Lint.Suppression;

namespace TomcatCompat.Lint.Tests.Suppression;

public sealed class PragmaScannerTests
{
    private static SourceFile File(string text) => new("/r/x", "x", text);

    [Fact]
    public void Httpd_pragma_covers_the_next_directive_including_continuation_lines()
    {
        var pragmas = PragmaScanner.Scan(File("# tomcatcompat ignore=TC2003,tc2004 # legacy\n\nProxyPass /a \\\n  http://b/\nProxyPass /c http://d/\n"));
        var p = Assert.Single(pragmas);
        Assert.Equal((3, 4, false), (p.FromLine, p.ToLine, p.Global));
        Assert.True(p.Covers("TC2004", 4));
        Assert.False(p.Covers("TC2003", 5));
        Assert.False(p.Covers("TC2005", 3));
    }

    [Fact]
    public void Global_pragma_covers_the_whole_file()
    {
        var p = Assert.Single(PragmaScanner.Scan(File("Listen 80\n# tomcatcompat global ignore=TC4001\nListen 81\n")));
        Assert.True(p.Global);
        Assert.True(p.Covers("TC4001", 1));
    }

    [Fact]
    public void Xml_pragma_covers_the_next_element_start_tag()
    {
        var xml = "<Server>\n  <!-- tomcatcompat ignore=TC2401 -->\n  <Connector port=\"8009\"\n     protocol=\"AJP/1.3\"/>\n  <Connector port=\"1\"/>\n</Server>\n";
        var p = Assert.Single(PragmaScanner.Scan(File(xml)));
        Assert.Equal((3, 4), (p.FromLine, p.ToLine));
    }

    [Fact]
    public void Ordinary_comments_are_not_pragmas() =>
        Assert.Empty(PragmaScanner.Scan(File("# ignore=TC2003\n# tomcatcompat\nListen 80\n")));
}
