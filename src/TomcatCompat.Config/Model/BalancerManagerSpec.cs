using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>A <c>&lt;Location path&gt;</c> with <c>SetHandler balancer-manager</c> and its <c>Require</c> lines.</summary>
public sealed record BalancerManagerSpec(string Path, ImmutableArray<string> Require, SourceSpan Source);
