using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// Tomcat <c>&lt;Cluster&gt;</c> (SimpleTcpCluster) with Tomcat's implicit defaults made explicit
/// (tomcat-cluster.md §2): every implied element has <see cref="ComponentSpec.Implicit"/> set.
/// </summary>
public sealed record ClusterSpec
{
    public required string ClassName { get; init; }

    /// <summary><c>channelSendOptions</c> resolved to a number, default 8.</summary>
    public int ChannelSendOptions { get; init; } = 8;

    /// <summary>Display form of the send options (<c>async</c>, <c>sync, use_ack</c>…).</summary>
    public string ChannelSendOptionsName { get; init; } = "async";

    /// <summary><c>channelStartOptions</c>, default 15.</summary>
    public int ChannelStartOptions { get; init; } = 15;

    /// <summary>"Engine" or "Host".</summary>
    public string Container { get; init; } = "Engine";

    public required ComponentSpec Manager { get; init; }

    public required ChannelSpec Channel { get; init; }

    public ImmutableArray<ComponentSpec> Valves { get; init; } = [];

    public ImmutableArray<ComponentSpec> ClusterListeners { get; init; } = [];

    public ImmutableArray<ComponentSpec> Listeners { get; init; } = [];

    public ComponentSpec? Deployer { get; init; }

    /// <summary>Attributes of the Cluster element (with defaults).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
