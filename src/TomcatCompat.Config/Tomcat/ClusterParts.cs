using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>What a <c>&lt;Cluster&gt;</c> element spelled out, before <see cref="ClusterDefaults"/> fills the gaps.</summary>
internal sealed class ClusterParts
{
    public required ComponentSpec Cluster { get; init; }

    public required string Container { get; init; }

    public required SourceSpan Source { get; init; }

    public ComponentSpec? Manager { get; set; }

    public ComponentSpec? Channel { get; set; }

    public MembershipSpec? Membership { get; set; }

    public ComponentSpec? Receiver { get; set; }

    public ComponentSpec? Sender { get; set; }

    public ComponentSpec? Transport { get; set; }

    public List<InterceptorSpec> Interceptors { get; } = [];

    public List<ComponentSpec> MembershipListeners { get; } = [];

    public List<ComponentSpec> ChannelListeners { get; } = [];

    public List<ComponentSpec> Valves { get; } = [];

    public List<ComponentSpec> ClusterListeners { get; } = [];

    public List<ComponentSpec> Listeners { get; } = [];

    public ComponentSpec? Deployer { get; set; }
}
