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
    public void Rules_list_every_ILintRule_class_exactly_once()
    {
        var classes = typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(ILintRule).IsAssignableFrom(t))
            .Select(t => t.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(classes, RuleCatalog.Rules.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal));
    }
}
