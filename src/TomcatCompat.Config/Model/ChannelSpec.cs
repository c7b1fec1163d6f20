using System.Collections.Immutable;

namespace TomcatCompat.Config.Model;

/// <summary>Tomcat <c>&lt;Channel&gt;</c> (GroupChannel): membership, receiver, sender, interceptors.</summary>
public sealed record ChannelSpec
{
    public required ComponentSpec Channel { get; init; }

    public required MembershipSpec Membership { get; init; }

    public required ComponentSpec Receiver { get; init; }

    public required ComponentSpec Sender { get; init; }

    /// <summary><c>&lt;Sender&gt;&lt;Transport&gt;</c>.</summary>
    public required ComponentSpec Transport { get; init; }

    /// <summary>In stack order (document order).</summary>
    public ImmutableArray<InterceptorSpec> Interceptors { get; init; } = [];

    public ImmutableArray<ComponentSpec> MembershipListeners { get; init; } = [];

    public ImmutableArray<ComponentSpec> ChannelListeners { get; init; } = [];
}
