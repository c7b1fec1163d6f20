using System.Reflection;
using System.Text.RegularExpressions;

namespace TomcatCompat.Cli.Tests;

public class ExitCodesTests
{
    [Fact]
    public void Docs_cli_md_exit_code_table_lists_exactly_the_ExitCodes_constants()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cli.md"));
        var section = doc[doc.IndexOf("### Exit codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 5, StringComparison.Ordinal)];
        var documented = Regex.Matches(section, @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var declared = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetValue(null)!);
        Assert.Equal(declared.Order(), documented.Order());
    }
}
