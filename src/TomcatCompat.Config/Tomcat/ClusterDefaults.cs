using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Tomcat;

/// <summary>
/// SimpleTcpCluster.checkDefaults (§2): every missing part becomes an explicit component with
/// <see cref="ComponentSpec.Implicit"/> set and Tomcat's defaults as attributes. Interceptors,
/// cluster valves and cluster listeners are all-or-nothing: configuring one drops all implicit ones.
/// </summary>
internal static class ClusterDefaults
{
    private const string Tribes = "org.apache.catalina.tribes.";
    private const string Icpt = Tribes + "group.interceptors.";
    private static readonly TomcatVersion V85 = TomcatVersion.Of(8, 5, 0);

    public static ClusterSpec Complete(ClusterParts parts, TomcatVersion version)
    {
        var at = parts.Source;
        var manager = parts.Manager ?? Implicit("org.apache.catalina.ha.session.DeltaManager", at, version);
        var interceptors = parts.Interceptors.Count > 0
            ? parts.Interceptors.ToImmutableArray()
            : [Interceptor(version < V85 ? Icpt + "MessageDispatch15Interceptor" : Icpt + "MessageDispatchInterceptor", at, version),
               Interceptor(Icpt + "TcpFailureDetector", at, version)];
        var channel = new ChannelSpec
        {
            Channel = parts.Channel ?? Implicit(Tribes + "group.GroupChannel", at, version),
            Membership = parts.Membership ?? new MembershipSpec
            {
                Service = Implicit(Tribes + "membership.McastService", at, version),
                Mode = "multicast",
            },
            Receiver = parts.Receiver ?? Implicit(Tribes + "transport.nio.NioReceiver", at, version),
            Sender = parts.Sender ?? Implicit(Tribes + "transport.ReplicationTransmitter", at, version),
            Transport = parts.Transport ?? Implicit(Tribes + "transport.nio.PooledParallelSender", at, version),
            Interceptors = interceptors,
            MembershipListeners = [.. parts.MembershipListeners],
            ChannelListeners = [.. parts.ChannelListeners],
        };
        var valves = parts.Valves.Count > 0
            ? parts.Valves.ToImmutableArray()
            : [Implicit("org.apache.catalina.ha.session.JvmRouteBinderValve", at, version),
               Implicit("org.apache.catalina.ha.tcp.ReplicationValve", at, version)];
        // 8.5+: only when the template is a DeltaManager; the 8.0.0 code added it unconditionally.
        var listeners = parts.ClusterListeners.Count > 0 || (manager.Kind != "DeltaManager" && version >= V85)
            ? parts.ClusterListeners.ToImmutableArray()
            : [Implicit("org.apache.catalina.ha.session.ClusterSessionListener", at, version)];

        var attributes = parts.Cluster.Attributes;
        var sendOptions = Int(attributes, "channelSendOptions", 8);
        return new ClusterSpec
        {
            ClassName = parts.Cluster.ClassName,
            ChannelSendOptions = sendOptions,
            ChannelSendOptionsName = SendOptionsParser.DisplayName(sendOptions),
            ChannelStartOptions = Int(attributes, "channelStartOptions", 15),
            Container = parts.Container,
            Manager = manager,
            Channel = channel,
            Valves = valves,
            ClusterListeners = listeners,
            Listeners = [.. parts.Listeners],
            Deployer = parts.Deployer,
            Attributes = attributes,
            Source = at,
        };
    }

    /// <summary>A component Tomcat adds by itself: its class defaults, marked implicit.</summary>
    public static ComponentSpec Implicit(string className, SourceSpan at, TomcatVersion version)
    {
        var kind = ClassNameAliases.Find(className)?.Kind ?? ClassNameAliases.SimpleName(className);
        return new ComponentSpec
        {
            ClassName = className,
            Kind = kind,
            Implicit = true,
            Attributes = TomcatReadContext.Defaults(kind, version),
            Source = at,
        };
    }

    public static int Int(IReadOnlyDictionary<string, string> attributes, string name, int fallback) =>
        attributes.TryGetValue(name, out var v) && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : fallback;

    private static InterceptorSpec Interceptor(string className, SourceSpan at, TomcatVersion version) =>
        new() { Component = Implicit(className, at, version) };
}
