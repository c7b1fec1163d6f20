using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// A URL-path → backend rule: ProxyPass, ProxyPassMatch, a Location-level ProxyPass, JkMount,
/// JkUnMount or a uriworkermap line. <see cref="Order"/> is the global try-order (httpd-proxy.md §2.3).
/// </summary>
public sealed record Mount
{
    public required MountKind Kind { get; init; }

    /// <summary>The path prefix, regex (ProxyPassMatch / LocationMatch) or mod_jk pattern.</summary>
    public required string Path { get; init; }

    /// <summary>True when <see cref="Path"/> is a regular expression.</summary>
    public bool IsRegex { get; init; }

    /// <summary>Backend URL (<c>balancer://x/...</c>, <c>http://...</c>) or mod_jk worker name; null for exclusions.</summary>
    public string? Target { get; init; }

    /// <summary>The balancer this mount reaches, when it does.</summary>
    public string? Balancer { get; init; }

    /// <summary><c>ProxyPass path !</c>, <c>JkUnMount</c> or a <c>!</c> uriworkermap rule.</summary>
    public bool Exclude { get; init; }

    /// <summary><see cref="VirtualHostSpec.Id"/> the rule applies to.</summary>
    public string Scope { get; init; } = "main";

    /// <summary>True for a ProxyPass placed inside <c>&lt;Location&gt;</c> (tried before server-level rules).</summary>
    public bool InLocation { get; init; }

    /// <summary>Position in the try-order within <see cref="Scope"/>, 0-based.</summary>
    public int Order { get; init; }

    /// <summary><c>nocanon</c>, <c>interpolate</c>, <c>noquery</c> as written.</summary>
    public ImmutableArray<string> Flags { get; init; } = [];

    /// <summary>key=value words of the rule (key lowercased).</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// For a ProxyPass to a plain URL: the worker httpd uses (after longest-prefix sharing and
    /// ProxySet), with the implicit I flag non-balancer workers get; null for balancers and exclusions.
    /// </summary>
    public BalancerMember? Worker { get; init; }

    public SourceSpan Source { get; init; }
}
