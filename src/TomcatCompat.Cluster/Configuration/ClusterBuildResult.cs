using System.Collections.Immutable;
using TomcatCompat.Config.Diagnostics;

namespace TomcatCompat.Cluster.Configuration;

/// <summary>The built cluster (null when an error means Tomcat would not start it) and everything worth telling.</summary>
internal sealed record ClusterBuildResult(ClusterRuntime? Runtime, ImmutableArray<Diagnostic> Diagnostics);
