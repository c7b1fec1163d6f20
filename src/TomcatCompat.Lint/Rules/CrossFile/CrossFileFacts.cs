using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint.Rules.CrossFile;

/// <summary>
/// Small lookups the cross-file rules share. Everything is linear in the topology size
/// (a 2,000-member balancer must lint in milliseconds).
/// </summary>
internal static class CrossFileFacts
{
    /// <summary>Nodes by <see cref="NodeSpec.Name"/> (the value the binder writes into <see cref="BalancerMember.Node"/>); first wins.</summary>
    public static Dictionary<string, NodeSpec> NodesByName(Topology topology)
    {
        var result = new Dictionary<string, NodeSpec>(StringComparer.Ordinal);
        foreach (var node in Safe(topology.Nodes))
            result.TryAdd(node.Name, node);
        return result;
    }

    /// <summary>The distinct nodes the members of a balancer are bound to, in member order.</summary>
    public static List<NodeSpec> NodesOf(BalancerSpec balancer, Dictionary<string, NodeSpec> nodes)
    {
        var result = new List<NodeSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in Safe(balancer.Members))
        {
            if (member.Node is { } name && seen.Add(name) && nodes.TryGetValue(name, out var node))
                result.Add(node);
        }

        return result;
    }

    /// <summary>
    /// The cluster a webapp's context finds: its Host's own <c>&lt;Cluster&gt;</c>, else the
    /// Engine's (Tomcat walks Context → Host → Engine, tomcat-cluster.md §3).
    /// </summary>
    public static ClusterSpec? ClusterFor(NodeSpec node, WebApp webapp)
    {
        foreach (var host in Safe(node.Hosts))
        {
            if (string.Equals(host.Name, webapp.Host, StringComparison.OrdinalIgnoreCase) && host.Cluster is { } own)
                return own;
        }

        return node.Cluster;
    }

    /// <summary>Every cluster of a node: the Engine's and each Host's.</summary>
    public static IEnumerable<ClusterSpec> Clusters(NodeSpec node)
    {
        if (node.Cluster is { } engine)
            yield return engine;
        foreach (var host in Safe(node.Hosts))
        {
            if (host.Cluster is { } own)
                yield return own;
        }
    }

    /// <summary>
    /// True when sessions of this webapp are replicated: it is distributable and finds a cluster,
    /// or it names a cluster manager itself (that registers even when not distributable, §4.1).
    /// </summary>
    public static bool Replicates(NodeSpec node, WebApp webapp) =>
        ClusterFor(node, webapp) is not null && (webapp.Distributable || IsClusterManager(webapp.Manager));

    public static bool IsClusterManager(ComponentSpec? manager) =>
        manager is { Kind: "DeltaManager" or "BackupManager" };

    /// <summary>An attribute of a Tomcat component; attribute names are matched as Tomcat's setters are (case-insensitive).</summary>
    public static string? Attribute(ComponentSpec component, string name)
    {
        if (component.Attributes.TryGetValue(name, out var value))
            return value;
        foreach (var (key, v) in component.Attributes)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return v;
        }

        return null;
    }

    public static int? IntAttribute(ComponentSpec component, string name) =>
        Attribute(component, name) is { } text && int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : null;

    /// <summary>Rules must report a real line: a span from no file points at line 1 of the best file we know.</summary>
    public static SourceSpan At(SourceSpan span, SourceSpan fallback) =>
        span.Line > 0 && !string.IsNullOrEmpty(span.File) ? span
        : fallback.Line > 0 && !string.IsNullOrEmpty(fallback.File) ? fallback
        : new SourceSpan(string.IsNullOrEmpty(span.File) ? string.IsNullOrEmpty(fallback.File) ? "(topology)" : fallback.File : span.File, 1, 1);

    public static SourceSpan At(SourceSpan span) => At(span, span);

    /// <summary>Addresses that mean "this machine" or "every address of this machine".</summary>
    public static readonly FrozenSet<string> LocalAddresses = new[]
    {
        "", "localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0", "::", "[::]", "*", "auto", "localhost.localdomain", "ip6-localhost",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsLocal(string? address) =>
        address is null || LocalAddresses.Contains(address.Trim()) || address.StartsWith("127.", StringComparison.Ordinal);

    /// <summary>Records built by hand (tests, other front ends) may leave arrays default.</summary>
    public static ImmutableArray<T> Safe<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
