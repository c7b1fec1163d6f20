using System.Globalization;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using TomcatCompat.Config.Tomcat;
using TomcatCompat.Lint.Rules.CrossFile;

namespace TomcatCompat.Lint.Rules.Tomcat;

/// <summary>
/// Lookups the single-file Tomcat rules share: every cluster of every node, every component an
/// element names (with that element's name), numbers as Tomcat's setters parse them, and the
/// <c>--tomcat-version</c> to judge against. All linear in the topology size.
/// </summary>
internal static class TomcatFacts
{
    /// <summary><c>--tomcat-version</c>, or 10.1 when it is no version (the front end reports that, TC2429).</summary>
    public static TomcatVersion Version(LintOptions options) => TomcatVersion.Parse(options.TomcatVersion) ?? TomcatVersion.Default;

    /// <summary>Every (node, cluster) pair: the Engine's cluster and each Host's.</summary>
    public static IEnumerable<(NodeSpec Node, ClusterSpec Cluster)> Clusters(Topology topology)
    {
        foreach (var node in CrossFileFacts.Safe(topology.Nodes))
        {
            foreach (var cluster in CrossFileFacts.Clusters(node))
                yield return (node, cluster);
        }
    }

    /// <summary>Every component a cluster names, with the element that names it, implicit ones included.</summary>
    public static IEnumerable<(string Element, ComponentSpec Component)> Components(ClusterSpec cluster)
    {
        yield return ("Manager", cluster.Manager);
        var channel = cluster.Channel;
        yield return ("Channel", channel.Channel);
        yield return ("Membership", channel.Membership.Service);
        if (channel.Membership.LocalMember is { } local)
            yield return ("LocalMember", local);
        foreach (var m in CrossFileFacts.Safe(channel.Membership.Members))
            yield return ("Member", m);
        yield return ("Receiver", channel.Receiver);
        yield return ("Sender", channel.Sender);
        yield return ("Transport", channel.Transport);
        foreach (var i in CrossFileFacts.Safe(channel.Interceptors))
        {
            yield return ("Interceptor", i.Component);
            if (i.LocalMember is { } l)
                yield return ("LocalMember", l);
            foreach (var m in CrossFileFacts.Safe(i.Members))
                yield return ("Member", m);
        }

        foreach (var l in CrossFileFacts.Safe(channel.MembershipListeners))
            yield return ("MembershipListener", l);
        foreach (var l in CrossFileFacts.Safe(channel.ChannelListeners))
            yield return ("ChannelListener", l);
        foreach (var v in CrossFileFacts.Safe(cluster.Valves))
            yield return ("Valve", v);
        foreach (var l in CrossFileFacts.Safe(cluster.ClusterListeners))
            yield return ("ClusterListener", l);
        foreach (var l in CrossFileFacts.Safe(cluster.Listeners))
            yield return ("Listener", l);
        if (cluster.Deployer is { } deployer)
            yield return ("Deployer", deployer);
    }

    /// <summary>A Java <c>int</c>/<c>long</c> attribute as Tomcat's setter reads it (decimal, no spaces); null otherwise.</summary>
    public static long? Long(ComponentSpec component, string name) =>
        CrossFileFacts.Attribute(component, name) is { } text
        && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Where to report about a component: its element, else the cluster (implicit parts have no element).</summary>
    public static SourceSpan At(ComponentSpec component, ClusterSpec cluster, NodeSpec node) =>
        component.Implicit ? CrossFileFacts.At(cluster.Source, node.Source) : CrossFileFacts.At(component.Source, CrossFileFacts.At(cluster.Source, node.Source));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
