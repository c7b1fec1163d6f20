using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Config.Model;

/// <summary>
/// The normalized cluster: what the balancer serves (balancers, mounts, listeners, virtual hosts)
/// and the Tomcat nodes behind it. Everything carries the span it came from. Public contract
/// of <c>import --format json</c> (docs/topology-json.md).
/// </summary>
public sealed record Topology
{
    /// <summary>Every file read, with its kind and include edges.</summary>
    public ImmutableArray<InputFile> Files { get; init; } = [];

    /// <summary>Each httpd main config read, with its loaded modules.</summary>
    public ImmutableArray<HttpdServerSpec> HttpdServers { get; init; } = [];

    /// <summary>httpd <c>Listen</c> lines.</summary>
    public ImmutableArray<ListenSpec> Listens { get; init; } = [];

    /// <summary>The main server and each <c>&lt;VirtualHost&gt;</c>.</summary>
    public ImmutableArray<VirtualHostSpec> VirtualHosts { get; init; } = [];

    /// <summary>httpd balancers and mod_jk lb workers.</summary>
    public ImmutableArray<BalancerSpec> Balancers { get; init; } = [];

    /// <summary>URL-path → backend rules, in the order httpd tries them.</summary>
    public ImmutableArray<Mount> Mounts { get; init; } = [];

    /// <summary>One per server.xml.</summary>
    public ImmutableArray<NodeSpec> Nodes { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
