using System.Collections.Immutable;
using CsCheck;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using static TomcatCompat.Lint.Tests.Rules.CrossFile.CrossFileFixture;

namespace TomcatCompat.Lint.Tests.Rules.CrossFile;

/// <summary>What holds for every cross-file rule: codes, pages, silence on a healthy cluster, robustness.</summary>
public sealed class CrossFileRulesTests
{
    private static readonly ImmutableArray<ILintRule> Rules =
        [.. RuleCatalog.Rules.Where(r => r.GetType().Namespace == "TomcatCompat.Lint.Rules.CrossFile")];

    [Fact]
    public void CrossFile_rules_are_found_by_the_catalog_with_codes_TC3100_to_TC3199()
    {
        Assert.Equal(
            ["TC3100", "TC3101", "TC3102", "TC3103", "TC3104", "TC3105", "TC3106", "TC3107", "TC3108", "TC3109", "TC3110"],
            Rules.Select(r => r.Descriptor.Code));
    }

    [Fact]
    public void Healthy_cluster_gives_no_CrossFile_finding() =>
        Assert.Empty(Rules.SelectMany(r => Run(r, Healthy())));

    [Fact]
    public void Empty_and_default_topologies_give_no_finding()
    {
        Assert.Empty(Rules.SelectMany(r => Run(r, new Topology())));
        var defaults = new Topology { Balancers = [new BalancerSpec { Name = "b", Origin = "mod_jk", Members = default, StickySession = default }], Nodes = [new NodeSpec { Name = "n", Webapps = default, Connectors = default, Hosts = default }] };
        Assert.Empty(Rules.SelectMany(r => Run(r, defaults)));
    }

    [Fact]
    public void Balancer_with_2000_members_is_linted_completely()
    {
        var nodes = Enumerable.Range(0, 2000).Select(i => Node($"n{i}", i * 10)).ToImmutableArray();
        var members = Enumerable.Range(0, 2000).Select(i => Member($"n{i}", i + 2, "127.0.0.1", 8009 + (i * 10))).ToArray();
        var topology = Healthy() with { Balancers = [Balancer(members)], Nodes = nodes };
        var all = Rules.SelectMany(r => Run(r, topology)).ToList();
        Assert.Equal(["TC3103"], all.Select(d => d.Code).Distinct());
    }

    private static readonly Gen<string> Name = Gen.OneOf("n1", "n2", "n3", "", "N1", "node.1");
    private static readonly Gen<string?> Address = Gen.OneOf<string?>(null, "", "0.0.0.0", "127.0.0.1", "localhost", "auto", "10.0.0.1", "::", "[::1]", "bad address");

    private static readonly Gen<NodeSpec> GenNode =
        Gen.Select(Name, Gen.Int[-5, 70000], Address, Gen.Bool, Gen.Bool, Gen.Int[-3, 3], Gen.String)
            .Select(t => Node(t.Item1.Length == 0 ? "x" : t.Item1, t.Item2 % 50, cluster: t.Item4, distributable: t.Item5) with
            {
                Name = t.Item1,
                ShutdownPort = t.Item2,
                ShutdownAddress = t.Item3 ?? "localhost",
                Source = t.Item6 == 0 ? default : new SourceSpan(t.Item7, t.Item6),
                Cluster = t.Item4 ? Cluster(t.Item1, t.Item5 ? "DeltaManager" : "BackupManager", t.Item6 > 0, t.Item3 ?? "auto", t.Item2, t.Item6) : null,
            });

    private static readonly Gen<BalancerMember> GenMember =
        Gen.Select(Name, Address, Gen.Int[-1, 70000], Gen.OneOf("ajp", "http", "AJP", "fcgi"), Gen.OneOf<string?>(null, "", "n1", "n2"), Gen.OneOf<string?>(null, "s3cret", "x"), Gen.Int[-1, 3])
            .Select(t => Member(t.Item1, t.Item7, t.Item2 ?? "", t.Item3, t.Item4, t.Item5, t.Item6) with { Node = t.Item1.Length == 0 ? null : t.Item1 });

    [Fact]
    public void Random_topologies_never_throw_and_every_finding_has_a_file_and_line()
    {
        var gen = Gen.Select(GenNode.Array[0, 5], GenMember.Array[0, 6], Gen.OneOf<string[]>([], ["JSESSIONID"], ["jsessionid", "x"], [""]), Gen.Bool);
        gen.Sample(t =>
        {
            var topology = Healthy() with
            {
                Nodes = [.. t.Item1],
                Balancers = [Balancer(t.Item2) with { StickySession = [.. t.Item3], NoFailover = t.Item4, Source = default }],
            };
            foreach (var d in Rules.SelectMany(r => Run(r, topology)))
            {
                Assert.True(d.Span.Line > 0, d.ToString());
                Assert.False(string.IsNullOrEmpty(d.Span.File), d.ToString());
            }
        }, iter: 300);
    }
}
