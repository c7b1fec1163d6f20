namespace TomcatCompat.Lint.Tests.Rules.Httpd;

public sealed class HttpdRulePagesTests
{
    private static bool InHttpdOrJkRange(string code) =>
        code.StartsWith("TC10", StringComparison.Ordinal) || code.StartsWith("TC11", StringComparison.Ordinal)
        || code.StartsWith("TC13", StringComparison.Ordinal) || code.StartsWith("TC20", StringComparison.Ordinal)
        || code.StartsWith("TC21", StringComparison.Ordinal) || code.StartsWith("TC22", StringComparison.Ordinal)
        || code.StartsWith("TC23", StringComparison.Ordinal) || code.StartsWith("TC40", StringComparison.Ordinal)
        || code.StartsWith("TC41", StringComparison.Ordinal);

    [Fact]
    public void Every_httpd_and_mod_jk_code_has_a_page_with_its_title_and_sections()
    {
        var descriptors = RuleCatalog.AllDescriptors.Where(d => InHttpdOrJkRange(d.Code)).ToList();
        Assert.True(descriptors.Count > 140, $"only {descriptors.Count} codes found");
        foreach (var d in descriptors)
        {
            var page = RuleCatalog.Page(d.Code)?.ReplaceLineEndings("\n");
            Assert.True(page is not null, $"{d.Code} has no docs/rules page");
            Assert.StartsWith($"# {d.Code}: {d.Title}\n", page, StringComparison.Ordinal);
            Assert.Contains($"Severity: **{d.DefaultSeverity.ToString().ToLowerInvariant()}**", page, StringComparison.Ordinal);
            foreach (var section in new[] { "## What it flags", "## Why", "## Flagged", "## Fixed", "## Not flagged", "## Suppress" })
                Assert.Contains(section, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_httpd_and_mod_jk_page_has_a_code() =>
        Assert.All(RuleCatalog.PagedCodes.Where(InHttpdOrJkRange), code => Assert.NotNull(RuleCatalog.Find(code)));

    [Fact]
    public void TC1xxx_pages_say_they_cannot_be_suppressed() =>
        Assert.All(RuleCatalog.PagedCodes.Where(c => c.StartsWith("TC1", StringComparison.Ordinal) && InHttpdOrJkRange(c)),
            code => Assert.Contains("cannot be suppressed", RuleCatalog.Page(code), StringComparison.Ordinal));
}
