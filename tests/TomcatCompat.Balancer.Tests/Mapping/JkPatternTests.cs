using TomcatCompat.Balancer.Mapping;
using TomcatCompat.Config.Model;
using static TomcatCompat.Balancer.Tests.TestTopologies;

namespace TomcatCompat.Balancer.Tests.Mapping;

/// <summary>mod_jk URI patterns (httpd-proxy.md §7.4) and status workers in the mount table.</summary>
public sealed class JkPatternTests
{
    [Theory]
    [InlineData("/shop/*", "/shop/index.jsp", true)]
    [InlineData("/shop/*", "/shop/", true)]
    [InlineData("/shop/*", "/shop", false)]
    [InlineData("/shop", "/shop", true)]
    [InlineData("/shop", "/shop/x", false)]
    [InlineData("/*.jsp", "/a/b/c.jsp", true)]
    [InlineData("/*.jsp", "/a/b/c.JSP", false)]
    [InlineData("/a?c/*", "/abc/x", true)]
    [InlineData("/a*b*c", "/axxbyyc", true)]
    [InlineData("/a*b*c", "/axxbyy", false)]
    public void JkMount_pattern_matches_the_whole_path_case_sensitively(string pattern, string path, bool expected) =>
        Assert.Equal(expected, JkPattern.IsMatch(pattern, path));

    [Fact]
    public void JkMount_forwards_the_URI_unchanged_and_the_status_worker_serves_the_manager_page()
    {
        var jk = new Mount { Kind = MountKind.JkMount, Path = "/shop/*", Target = "c1", Balancer = "c1", Order = 0, Source = Span(60) };
        var status = new Mount
        {
            Kind = MountKind.JkMount, Path = "/jk-status", Target = "jk-status", InLocation = true, Order = 1, Source = Span(61),
            Parameters = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["type"] = "status" }),
        };
        var mapping = TopologyToYarp.Map(Topology(Spec(Member("n1", 1)) with { Name = "c1" }, jk, status));
        var scope = mapping.Mounts.ResolveScope(null);

        Assert.Empty(mapping.Diagnostics);
        Assert.Equal("/shop/cart.jsp", MountTable.Match(scope, "/shop/cart.jsp")!.Value.BackendPath);
        Assert.Equal(MetadataKeys.LocalClusterId, MountTable.Match(scope, "/jk-status")!.Value.Mount.ClusterId);
        Assert.Equal("/jk-status", Assert.Single(scope.Managers).Path);
    }
}
