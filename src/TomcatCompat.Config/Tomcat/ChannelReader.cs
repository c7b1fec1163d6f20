using System.Collections.Immutable;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary><c>&lt;Channel&gt;</c> children: Membership (with static members), Receiver, Sender/Transport, Interceptors, listeners.</summary>
internal static class ChannelReader
{
    private const string Tribes = "org.apache.catalina.tribes.";
    private const string StaticMemberClass = Tribes + "membership.StaticMember";

    public static void Read(TomcatReadContext ctx, XElement channel, string path, ClusterParts parts)
    {
        foreach (var child in channel.Elements())
        {
            var name = TomcatReadContext.Name(child);
            var childPath = path + "/" + name;
            switch (name)
            {
                case "Membership":
                    ClusterReader.Once(ctx, child, parts.Membership, childPath);
                    parts.Membership = ReadMembership(ctx, child, childPath) ?? parts.Membership;
                    break;
                case "Receiver":
                    ClusterReader.Once(ctx, child, parts.Receiver, childPath);
                    parts.Receiver = ctx.Component(child, childPath, ClassSlot.Receiver, null, Tribes + "transport.nio.NioReceiver") ?? parts.Receiver;
                    break;
                case "Sender":
                    ClusterReader.Once(ctx, child, parts.Sender, childPath);
                    parts.Sender = ctx.Component(child, childPath, ClassSlot.Sender, null, Tribes + "transport.ReplicationTransmitter") ?? parts.Sender;
                    ReadSenderChildren(ctx, child, childPath, parts);
                    break;
                case "Interceptor":
                    if (ctx.Component(child, childPath, ClassSlot.Interceptor, null) is { } interceptor)
                        parts.Interceptors.Add(ReadInterceptor(ctx, child, childPath, interceptor));
                    break;
                case "MembershipListener":
                    ClusterReader.Add(parts.MembershipListeners, ctx.Component(child, childPath, ClassSlot.MembershipListener, null));
                    break;
                case "ChannelListener":
                    ClusterReader.Add(parts.ChannelListeners, ctx.Component(child, childPath, ClassSlot.ChannelListener, null));
                    break;
                default:
                    ctx.Report(ConfigDiagnostics.UnknownElement, child, name, childPath);
                    break;
            }
        }
    }

    private static MembershipSpec? ReadMembership(TomcatReadContext ctx, XElement element, string path)
    {
        var service = ctx.Component(element, path, ClassSlot.Membership, null, Tribes + "membership.McastService");
        if (service is null)
            return null;
        var (local, members) = ReadMembers(ctx, element, path, service, "StaticMembershipService",
            "only StaticMembershipService takes members; use it or a StaticMembershipInterceptor");

        return new MembershipSpec
        {
            Service = service,
            Mode = service.Kind switch
            {
                "StaticMembershipService" => "static",
                "CloudMembershipService" => "cloud",
                "McastService" => "multicast",
                _ => "custom",
            },
            LocalMember = local,
            Members = members,
        };
    }

    private static ComponentSpec? ReadMember(TomcatReadContext ctx, XElement element, string path, bool required)
    {
        var member = ctx.Component(element, path, ClassSlot.StaticMember, null, StaticMemberClass);
        if (member is null)
            return null;
        if (required && !member.Attributes.ContainsKey("host"))
            ctx.Report(ConfigDiagnostics.MissingAttribute, element, TomcatReadContext.Name(element), "host", "a static member needs to be reachable");
        if (required && !element.Attributes().Any(a => a.Name == "port"))
            ctx.Report(ConfigDiagnostics.MissingAttribute, element, TomcatReadContext.Name(element), "port", "a static member needs to be reachable");
        if (member.Attributes.TryGetValue("uniqueId", out var id) && !ByteList.IsValid(id, 16))
            ctx.Report(ConfigDiagnostics.BadStaticMemberBytes, element.Attribute("uniqueId") ?? (XObject)element, TomcatReadContext.Name(element), "uniqueId", id, 16);
        return member;
    }

    private static void ReadSenderChildren(TomcatReadContext ctx, XElement sender, string path, ClusterParts parts)
    {
        foreach (var child in sender.Elements())
        {
            var name = TomcatReadContext.Name(child);
            if (name != "Transport")
            {
                ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path + "/" + name);
                continue;
            }

            ClusterReader.Once(ctx, child, parts.Transport, path + "/" + name);
            parts.Transport = ctx.Component(child, path + "/" + name, ClassSlot.Transport, null, Tribes + "transport.nio.PooledParallelSender") ?? parts.Transport;
        }
    }

    private static InterceptorSpec ReadInterceptor(TomcatReadContext ctx, XElement element, string path, ComponentSpec component)
    {
        var (local, members) = ReadMembers(ctx, element, path, component, "StaticMembershipInterceptor", "only StaticMembershipInterceptor takes members");
        return new InterceptorSpec { Component = component, LocalMember = local, Members = members };
    }

    /// <summary>
    /// The &lt;Member&gt;/&lt;LocalMember&gt; children of a membership service or an interceptor; only
    /// <paramref name="takerKind"/> has the adder Tomcat calls (addStaticMember/setLocalMember).
    /// </summary>
    private static (ComponentSpec? Local, ImmutableArray<ComponentSpec> Members) ReadMembers(
        TomcatReadContext ctx, XElement element, string path, ComponentSpec owner, string takerKind, string advice)
    {
        ComponentSpec? local = null;
        var members = ImmutableArray.CreateBuilder<ComponentSpec>();
        foreach (var child in element.Elements())
        {
            var name = TomcatReadContext.Name(child);
            if (name is not ("Member" or "LocalMember"))
            {
                ctx.Report(ConfigDiagnostics.UnknownElement, child, name, path + "/" + name);
                continue;
            }

            if (owner.Kind != takerKind)
            {
                ctx.Report(ConfigDiagnostics.NoAdderForChild, child, name, owner.Kind, advice);
                continue;
            }

            var member = ReadMember(ctx, child, path + "/" + name, name == "Member");
            if (member is null)
                continue;
            if (name == "Member")
                members.Add(member);
            else
                local = member;
        }

        return (local, members.ToImmutable());
    }
}
