using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

public sealed class TomcatRulePagesTests
{
    private static readonly string[] Prefixes = ["TC14", "TC24", "TC25", "TC26", "TC42"];

    [Fact]
    public void Every_Tomcat_front_end_and_rule_code_has_a_page_starting_with_its_title()
    {
        var codes = ConfigDiagnostics.All.Concat(RuleCatalog.Rules.Select(r => r.Descriptor))
            .Where(d => Prefixes.Any(p => d.Code.StartsWith(p, StringComparison.Ordinal)));
        foreach (var d in codes)
        {
            var page = RuleCatalog.Page(d.Code);
            Assert.True(page is not null, $"docs/rules/{d.Code}.md is missing");
            Assert.StartsWith($"# {d.Code}: {d.Title}\n", page!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains("## Suppress", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_TC255x_and_TC265x_page_has_a_rule()
    {
        var rules = RuleCatalog.Rules.Select(r => r.Descriptor.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(
            RuleCatalog.PagedCodes.Where(c => c.StartsWith("TC25", StringComparison.Ordinal) || c.StartsWith("TC265", StringComparison.Ordinal)),
            c => Assert.Contains(c, rules));
    }
}
