using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Balancer.Manager;

/// <summary>
/// A <c>&lt;Location&gt;</c> with <c>SetHandler balancer-manager</c> and the Require lines the emulator
/// understands. No Require at all closes it (403); lines not understood grant nothing (TC4414).
/// </summary>
internal sealed record ManagerLocation(string Path, ImmutableArray<RequireRule> Rules, SourceSpan Source)
{
    /// <summary>httpd &lt;Location&gt; matching: a plain prefix of the URL path.</summary>
    public bool Matches(string path) => path.StartsWith(Path, StringComparison.Ordinal);
}
