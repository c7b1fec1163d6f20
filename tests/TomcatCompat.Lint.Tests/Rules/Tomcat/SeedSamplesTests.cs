using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;

namespace TomcatCompat.Lint.Tests.Rules.Tomcat;

/// <summary>
/// The Tomcat side of <c>lint conf-samples/seed</c> and <c>conf-samples/seed-tomcat10</c>: both
/// server.xml nodes read from disk, every Tomcat rule run, default --tomcat-version 10.1.
/// </summary>
public sealed class SeedSamplesTests
{
    private static List<Diagnostic> LintNodes(string sample)
    {
        var root = Path.Combine(TomcatLintFixture.RepoRoot(), "conf-samples", sample);
        var reader = new SourceReader(new PhysicalFileSystem(), root);
        var bag = new DiagnosticBag();
        var nodes = new List<NodeSpec>();
        foreach (var node in new[] { "tomcat1", "tomcat2" })
        {
            if (TomcatNodeReader.Read(reader, Path.Combine(root, node, "conf", "server.xml"), new TomcatOptions(), bag) is { } spec)
                nodes.Add(spec);
        }

        var context = new LintContext(new Topology { Nodes = [.. nodes] }, [.. reader.FilesRead], new LintOptions());
        var found = new DiagnosticBag();
        foreach (var rule in RuleCatalog.Rules.Where(r => r.GetType().Namespace == typeof(Lint.Rules.Tomcat.TomcatFacts).Namespace))
            rule.Check(context, found);
        return [.. found.ToImmutable().OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line)];
    }

    [Fact]
    public void Seed_for_Tomcat_8_0_reports_only_the_removed_MessageDispatch15Interceptor_on_both_nodes()
    {
        var found = LintNodes("seed");
        Assert.Equal(
            ["tomcat1/conf/server.xml:108:12 TC2550", "tomcat2/conf/server.xml:108:12 TC2550"],
            found.Select(d => $"{d.Span} {d.Code}"));
        Assert.All(found, d => Assert.Contains("MessageDispatch15Interceptor\" does not exist in Tomcat 10.1 (removed in 8.5.0)", d.Message));
    }

    [Fact]
    public void Seed_adapted_to_Tomcat_10_is_clean() => Assert.Empty(LintNodes("seed-tomcat10"));
}
