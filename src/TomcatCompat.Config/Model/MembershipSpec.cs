using System.Collections.Immutable;

namespace TomcatCompat.Config.Model;

/// <summary><c>&lt;Membership&gt;</c>: McastService or StaticMembershipService, with static members.</summary>
public sealed record MembershipSpec
{
    public required ComponentSpec Service { get; init; }

    /// <summary>"multicast", "static" or "cloud".</summary>
    public required string Mode { get; init; }

    /// <summary><c>&lt;LocalMember&gt;</c>.</summary>
    public ComponentSpec? LocalMember { get; init; }

    /// <summary><c>&lt;Member&gt;</c> elements.</summary>
    public ImmutableArray<ComponentSpec> Members { get; init; } = [];
}
