using System.Collections.Immutable;

namespace TomcatCompat.Config.Model;

/// <summary><c>&lt;Interceptor&gt;</c> with its nested <c>&lt;Member&gt;</c>/<c>&lt;LocalMember&gt;</c> (StaticMembershipInterceptor).</summary>
public sealed record InterceptorSpec
{
    public required ComponentSpec Component { get; init; }

    public ComponentSpec? LocalMember { get; init; }

    public ImmutableArray<ComponentSpec> Members { get; init; } = [];
}
