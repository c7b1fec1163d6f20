using System.Collections.Immutable;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Model;

/// <summary>
/// An httpd <c>balancer://name</c> (mod_proxy_balancer) or a mod_jk <c>type=lb</c> worker, with
/// every balancer parameter made explicit (httpd-proxy.md §2.7, §7.2).
/// </summary>
public sealed record BalancerSpec
{
    /// <summary>Lowercased <c>balancer://name</c> for httpd; the worker name for mod_jk.</summary>
    public required string Name { get; init; }

    /// <summary>"mod_proxy_balancer" or "mod_jk".</summary>
    public required string Origin { get; init; }

    /// <summary>The <see cref="VirtualHostSpec.Id"/> the balancer was defined in.</summary>
    public string Scope { get; init; } = "main";

    /// <summary><c>lbmethod</c>, default byrequests (mod_jk <c>method</c> mapped: R→byrequests, T→bytraffic, B→bybusyness).</summary>
    public string LbMethod { get; init; } = "byrequests";

    /// <summary><c>stickysession=A|B</c> names; empty = no stickiness (mod_jk: session_cookie and session_path).</summary>
    public ImmutableArray<string> StickySession { get; init; } = [];

    /// <summary><c>stickysessionsep</c>, default "."; null means Off.</summary>
    public string? StickySessionSep { get; init; } = ".";

    /// <summary><c>scolonpathdelim</c>, default Off.</summary>
    public bool ScolonPathDelim { get; init; }

    /// <summary><c>nofailover</c>, default Off (mod_jk: sticky_session_force).</summary>
    public bool NoFailover { get; init; }

    /// <summary><c>maxattempts</c>; null = members−1 (httpd default).</summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Balancer <c>timeout</c>: seconds to wait for a usable member; 0 = do not wait.</summary>
    public int Timeout { get; init; }

    /// <summary><c>failonstatus</c> codes.</summary>
    public ImmutableArray<int> FailOnStatus { get; init; } = [];

    /// <summary><c>failontimeout</c>, default Off.</summary>
    public bool FailOnTimeout { get; init; }

    /// <summary><c>forcerecovery</c>, default On.</summary>
    public bool ForceRecovery { get; init; } = true;

    /// <summary><c>nonce</c>; null = random per start, "None" disables the check.</summary>
    public string? Nonce { get; init; }

    /// <summary><c>growth</c>, default 0.</summary>
    public int Growth { get; init; }

    public ImmutableArray<BalancerMember> Members { get; init; } = [];

    /// <summary>
    /// Set on a virtual host's copy of a main-server balancer that has no members of its own
    /// (httpd-proxy.md §2.10): the scope whose members it shares. <see cref="Members"/> still holds
    /// them (the same instances); the JSON lists them once, on that balancer.
    /// </summary>
    public string? MembersFrom { get; init; }

    /// <summary>Every parameter exactly as written (key lowercased), for lint and round trips.</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public SourceSpan Source { get; init; }
}
