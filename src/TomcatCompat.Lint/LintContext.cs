using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Lint;

/// <summary>What every rule sees: the topology, the files read, and the versions to judge against.</summary>
public sealed record LintContext(Topology Topology, IReadOnlyList<SourceFile> Files, LintOptions Options);
