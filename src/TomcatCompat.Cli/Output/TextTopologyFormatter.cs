using System.Globalization;
using System.Text;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Json;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Output;

/// <summary>
/// <c>--format text</c>: a summary for people: listeners, balancers with their members and the
/// nodes they reach, mounts in try-order, nodes with connectors, cluster and webapps, then what
/// the emulator does not support (TC4xxx) and the diagnostic counts.
/// </summary>
internal static class TextTopologyFormatter
{
    public static string Format(Topology t)
    {
        var sb = new StringBuilder();
        Line(sb, 0, $"Listen: {(t.Listens.IsDefaultOrEmpty ? "none" : string.Join(", ", t.Listens.Select(Listen)))}");

        Line(sb, 0, $"Balancers ({Count(t.Balancers)}):");
        foreach (var b in t.Balancers.NullToEmpty())
        {
            Line(sb, 1, $"{b.Name}  [{b.Origin}, scope {b.Scope}]  {b.Source}");
            var sticky = b.StickySession.IsDefaultOrEmpty ? "off" : string.Join('|', b.StickySession);
            var attempts = b.MaxAttempts?.ToString(CultureInfo.InvariantCulture) ?? "members-1";
            Line(sb, 2, $"lbmethod={b.LbMethod} stickysession={sticky} nofailover={OnOff(b.NoFailover)} maxattempts={attempts}");
            foreach (var m in b.Members.NullToEmpty())
            {
                var status = MemberStatusJsonConverter.ToLetters(m.Status);
                var node = m.Node is null ? "no node" : $"node {m.Node}";
                Line(sb, 2, $"- {m.Url}{m.Path}  route={m.Route ?? "-"}  loadfactor={Num(m.LoadFactor)}  status={(status.Length == 0 ? "ok" : status)}  -> {node}");
            }
        }

        Line(sb, 0, $"Mounts ({Count(t.Mounts)}):");
        var i = 0;
        foreach (var m in t.Mounts.NullToEmpty())
        {
            var target = m.Exclude ? "! (not proxied)" : m.Target ?? "-";
            var path = m.IsRegex ? $"~ {m.Path}" : m.Path;
            Line(sb, 1, $"{++i}. {m.Kind} {path} -> {target}  [{m.Scope}{(m.InLocation ? ", in <Location>" : "")}]  {m.Source}");
        }

        Line(sb, 0, $"Nodes ({Count(t.Nodes)}):");
        foreach (var n in t.Nodes.NullToEmpty())
            WriteNode(sb, n);

        var unsupported = t.Diagnostics.NullToEmpty().Where(d => d.Code.StartsWith("TC4", StringComparison.Ordinal)).ToList();
        Line(sb, 0, $"Unsupported ({unsupported.Count}):");
        foreach (var d in DiagnosticTextFormatter.Sort(unsupported))
            Line(sb, 1, DiagnosticTextFormatter.Line(d));
        Line(sb, 0, $"Diagnostics: {DiagnosticTextFormatter.Summary(t.Diagnostics.NullToEmpty())}");
        return sb.ToString();
    }

    private static void WriteNode(StringBuilder sb, NodeSpec n)
    {
        Line(sb, 1, $"{n.Name}  jvmRoute={n.JvmRoute ?? "(unset)"}  shutdown port {n.ShutdownPort}  {n.Source}");
        var connectors = n.Connectors.NullToEmpty().Select(c =>
            $"{c.Protocol} port {c.Port}{(c.Address is null ? "" : $" address {c.Address}")}{(c.Secret is null ? "" : $" secret={c.Secret}")}");
        Line(sb, 2, $"connectors: {Join(connectors)}");
        var cluster = n.Cluster ?? n.Hosts.NullToEmpty().Select(h => h.Cluster).FirstOrDefault(c => c is not null);
        if (cluster is null)
        {
            Line(sb, 2, "cluster: none");
        }
        else
        {
            var ms = cluster.Channel.Membership;
            var where = ms.Mode == "multicast" ? $" {Attr(ms.Service, "address")}:{Attr(ms.Service, "port")}" : $" ({ms.Members.NullToEmpty().Length} members)";
            var receiver = $"{Attr(cluster.Channel.Receiver, "address")}:{Attr(cluster.Channel.Receiver, "port")}";
            Line(sb, 2, $"cluster: {Simple(cluster.ClassName)} on {cluster.Container}, manager {cluster.Manager.Kind}, send options {cluster.ChannelSendOptionsName}");
            Line(sb, 3, $"membership {ms.Mode}{where}, receiver {receiver}");
            Line(sb, 3, $"interceptors: {Join(cluster.Channel.Interceptors.NullToEmpty().Select(x => x.Component.Kind))}");
            Line(sb, 3, $"valves: {Join(cluster.Valves.NullToEmpty().Select(x => x.Kind))}");
        }

        var apps = n.Webapps.NullToEmpty().Select(w =>
            $"{(w.ContextPath.Length == 0 ? "/" : w.ContextPath)} ({(w.Distributable ? "distributable" : "not distributable")}, session-timeout {w.SessionTimeoutMinutes} min)");
        Line(sb, 2, $"webapps: {Join(apps)}");
    }

    private static string Listen(ListenSpec l) =>
        $"{(l.Address is null ? "" : l.Address + ":")}{l.Port}{(l.Protocol is "http" or "" ? "" : " " + l.Protocol)}";

    private static string Attr(ComponentSpec c, string name) => c.Attributes.TryGetValue(name, out var v) ? v : "?";

    private static string Simple(string className) => className[(className.LastIndexOf('.') + 1)..];

    private static string Join(IEnumerable<string> items)
    {
        var s = string.Join("; ", items);
        return s.Length == 0 ? "none" : s;
    }

    private static string OnOff(bool value) => value ? "On" : "Off";

    private static string Num(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static int Count<T>(System.Collections.Immutable.ImmutableArray<T> items) => items.IsDefault ? 0 : items.Length;

    private static void Line(StringBuilder sb, int indent, string text) => sb.Append(' ', indent * 2).Append(text.TrimEnd()).Append('\n');
}
