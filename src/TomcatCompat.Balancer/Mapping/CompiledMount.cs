using System.Text.RegularExpressions;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Balancer.Mapping;

/// <summary>
/// A <see cref="Mount"/> made ready for matching: the regex compiled once, the target split into the
/// YARP cluster and the path after the balancer/host part (prefixed to the remainder, §2.4).
/// </summary>
internal sealed record CompiledMount(
    Mount Mount,
    string RouteId,
    string ClusterId,
    Regex? Pattern,
    string Target,
    string TargetPath)
{
    /// <summary>httpd <c>noquery</c>: the query string is not forwarded.</summary>
    public bool NoQuery { get; init; }

    /// <summary>True when the target names a balancer that does not exist (answered with 500).</summary>
    public bool Broken { get; init; }
}
