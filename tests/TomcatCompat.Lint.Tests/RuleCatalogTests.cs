namespace TomcatCompat.Lint.Tests;

public sealed class RuleCatalogTests
{
    [Fact]
    public void Explain_prints_the_embedded_docs_page_for_any_case_of_the_code()
    {
        var page = RuleCatalog.Explain(" tc3102 ");
        Assert.NotNull(page);
        Assert.StartsWith("# TC3102: nodes on one host clash on a port\n", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("## Suppress", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_code_is_null() => Assert.Null(RuleCatalog.Explain("TC9999"));

    [Fact]
    public void Every_rule_code_is_unique_and_every_TC31xx_page_has_a_rule()
    {
        var codes = RuleCatalog.Rules.Select(r => r.Descriptor.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var pages = RuleCatalog.PagedCodes.Where(c => c.StartsWith("TC31", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(codes.Where(c => c.StartsWith("TC31", StringComparison.Ordinal)), pages);
    }
}
