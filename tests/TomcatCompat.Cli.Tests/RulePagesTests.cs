using TomcatCompat.Lint;

namespace TomcatCompat.Cli.Tests;

/// <summary>
/// docs/rules against the four catalogs (STYLE §3.5): every code has a page in the house format,
/// every page has a code, codes are unique, and index.md is exactly what the catalogs generate.
/// </summary>
public sealed class RulePagesTests
{
    private static readonly string[] Sections = ["## What it flags", "## Why", "## Flagged", "## Fixed", "## Not flagged", "## Suppress"];

    private static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    private static string? ReadPage(string code)
    {
        var path = Path.Combine(RulesDirectory, code + ".md");
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
    }

    private static IEnumerable<string> PageCodes() =>
        Directory.EnumerateFiles(RulesDirectory, "TC*.md").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    /// <summary>Set UPDATE_RULES_INDEX=1 to rewrite docs/rules/index.md after adding a code.</summary>
    [Fact]
    public void Docs_rules_index_is_the_one_generated_from_the_catalogs()
    {
        var path = Path.Combine(RulesDirectory, "index.md");
        var current = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        var generated = RulesIndexGenerator.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_RULES_INDEX") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/rules/index.md"));
            File.WriteAllText(source, generated);
            return;
        }

        Assert.Equal(generated, current);
    }

    [Fact]
    public void Codes_are_unique_across_all_catalogs()
    {
        var duplicates = RulesIndexGenerator.AllCodes().GroupBy(c => c.Descriptor.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.ReportedBy))})");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_code_is_TC_and_four_digits_in_a_range_of_the_index()
    {
        var outside = RulesIndexGenerator.AllCodes().Select(c => c.Descriptor.Code)
            .Where(c => c.Length != 6 || !c.StartsWith("TC", StringComparison.Ordinal) || !c[2..].All(char.IsAsciiDigit) || RulesIndexGenerator.GroupOf(c) is null);
        Assert.Empty(outside);
    }

    [Fact]
    public void Lint_rule_codes_front_end_codes_run_time_codes_keep_to_their_own_ranges()
    {
        static bool InRuleRange(string code) =>
            RulesIndexGenerator.LintRuleRanges.Any(r => RulesIndexGenerator.Number(code) >= r.From && RulesIndexGenerator.Number(code) <= r.To);
        var misplaced = RulesIndexGenerator.AllCodes().Where(c => c.ReportedBy switch
        {
            "lint" => !InRuleRange(c.Descriptor.Code),
            "run" => RulesIndexGenerator.Number(c.Descriptor.Code) is (< 4300 or > 4599) and (< 4700 or > 4729),
            _ => InRuleRange(c.Descriptor.Code) || RulesIndexGenerator.Number(c.Descriptor.Code) is (>= 4300 and <= 4599) or (>= 4700 and <= 4729),
        }).Select(c => $"{c.Descriptor.Code} ({c.ReportedBy})");
        Assert.Empty(misplaced);
        Assert.All(Cluster.Diagnostics.ClusterDiagnostics.All, d => Assert.InRange(RulesIndexGenerator.Number(d.Code), 4300, 4399));
        Assert.All(Balancer.Diagnostics.BalancerDiagnostics.All, d => Assert.InRange(RulesIndexGenerator.Number(d.Code), 4400, 4499));
        Assert.All(Node.Diagnostics.NodeDiagnostics.All, d => Assert.InRange(RulesIndexGenerator.Number(d.Code), 4500, 4599));
        Assert.All(SessionStores.Diagnostics.StoreDiagnostics.All, d => Assert.InRange(RulesIndexGenerator.Number(d.Code), 4700, 4729));
    }

    [Fact]
    public void BalancerDiagnostics_All_lists_every_declared_descriptor()
    {
        var declared = RulesIndexGenerator.BalancerFields().Select(d => d.Code).Order(StringComparer.Ordinal);
        Assert.Equal(declared, Balancer.Diagnostics.BalancerDiagnostics.All.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_has_a_page_with_its_title_severity_and_sections()
    {
        var problems = new List<string>();
        foreach (var (d, _) in RulesIndexGenerator.AllCodes())
        {
            if (ReadPage(d.Code) is not { } page)
            {
                problems.Add($"docs/rules/{d.Code}.md is missing");
                continue;
            }

            if (!page.StartsWith($"# {d.Code}: {d.Title}\n", StringComparison.Ordinal))
                problems.Add($"{d.Code}: first line is not \"# {d.Code}: {d.Title}\"");
            if (!page.Contains($"Severity: **{d.DefaultSeverity.ToString().ToLowerInvariant()}**", StringComparison.Ordinal))
                problems.Add($"{d.Code}: no \"Severity: **{d.DefaultSeverity.ToString().ToLowerInvariant()}**\" line");
            problems.AddRange(Sections.Where(s => !page.Contains("\n" + s + "\n", StringComparison.Ordinal)).Select(s => $"{d.Code}: no \"{s}\" section"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_page_names_a_code_of_a_catalog()
    {
        var codes = RulesIndexGenerator.AllCodes().Select(c => c.Descriptor.Code).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(PageCodes(), c => !codes.Contains(c));
    }

    [Fact]
    public void TC1xxx_pages_say_they_cannot_be_suppressed() =>
        Assert.DoesNotContain(PageCodes(), c => c.StartsWith("TC1", StringComparison.Ordinal) && !ReadPage(c)!.Contains("cannot be suppressed", StringComparison.Ordinal));

    [Fact]
    public void Explain_embeds_every_page_and_the_embedded_text_is_the_file()
    {
        Assert.Equal(PageCodes(), RuleCatalog.PagedCodes.Order(StringComparer.Ordinal));
        foreach (var code in PageCodes())
            Assert.Equal(ReadPage(code), RuleCatalog.Page(code)!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Index_links_every_code_once_and_only_existing_pages()
    {
        var index = File.ReadAllText(Path.Combine(RulesDirectory, "index.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(index, @"\[(TC\d{4})\]\((TC\d{4})\.md\)").Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(RulesIndexGenerator.AllCodes().Select(c => c.Descriptor.Code).Order(StringComparer.Ordinal), links);
        Assert.All(links, code => Assert.True(File.Exists(Path.Combine(RulesDirectory, code + ".md")), code));
    }
}
