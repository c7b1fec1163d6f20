using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>Tomcat <c>&lt;Host name appBase&gt;</c>.</summary>
public sealed record HostSpec
{
    public required string Name { get; init; }

    /// <summary><c>Host@appBase</c>, default webapps, relative to the node's base directory.</summary>
    public string AppBase { get; init; } = "webapps";

    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>A Host-level <c>&lt;Cluster&gt;</c>.</summary>
    public ClusterSpec? Cluster { get; init; }

    public ImmutableArray<ValveSpec> Valves { get; init; } = [];

    /// <summary>Effective Host attributes (autoDeploy, unpackWARs, …).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
