using System.Globalization;
using System.Text;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Cli.Output;

/// <summary>
/// <c>--format mermaid</c>: a <c>flowchart LR</c> of listeners → mounts → balancers → members →
/// nodes, plus dotted replication edges between nodes that share a Tomcat cluster.
/// Ids are positional (L1, M1, B1, B1_M1, N1) so any name, quote or bracket in a label is safe.
/// </summary>
internal static class MermaidFormatter
{
    public static string Format(Topology t)
    {
        var sb = new StringBuilder("flowchart LR\n");
        var listens = t.Listens.NullToEmpty();
        var vhosts = t.VirtualHosts.NullToEmpty();
        var balancers = t.Balancers.NullToEmpty();
        var nodes = t.Nodes.NullToEmpty();
        for (var i = 0; i < listens.Length; i++)
            Node(sb, $"L{i + 1}", $"Listen {(listens[i].Address is null ? "" : listens[i].Address + ":")}{listens[i].Port}", "([", "])");

        var mounts = t.Mounts.NullToEmpty();
        for (var i = 0; i < mounts.Length; i++)
        {
            var m = mounts[i];
            var id = $"M{i + 1}";
            Node(sb, id, $"{m.Kind} {(m.Exclude ? "! " : "")}{m.Path}", "[", "]");
            foreach (var l in ListenersFor(m, listens, vhosts))
                sb.Append(CultureInfo.InvariantCulture, $"  L{l + 1} --> {id}\n");
            var b = m.Balancer is null ? -1 : IndexOf(balancers, m.Balancer, m.Scope);
            if (b >= 0)
                sb.Append(CultureInfo.InvariantCulture, $"  {id} --> B{b + 1}\n");
        }

        for (var i = 0; i < balancers.Length; i++)
        {
            var b = balancers[i];
            Node(sb, $"B{i + 1}", $"{b.Name} ({b.LbMethod})", "{{", "}}");
            var members = b.Members.NullToEmpty();
            for (var j = 0; j < members.Length; j++)
            {
                var id = $"B{i + 1}_M{j + 1}";
                var m = members[j];
                Node(sb, id, m.Route is null ? m.Url : $"{m.Url} route={m.Route}", "(", ")");
                sb.Append(CultureInfo.InvariantCulture, $"  B{i + 1} --> {id}\n");
                var n = m.Node is null ? -1 : nodes.IndexOf(nodes.FirstOrDefault(x => x.Name == m.Node)!);
                if (n >= 0)
                    sb.Append(CultureInfo.InvariantCulture, $"  {id} --> N{n + 1}\n");
            }
        }

        for (var i = 0; i < nodes.Length; i++)
            Node(sb, $"N{i + 1}", nodes[i].JvmRoute is null ? nodes[i].Name : $"{nodes[i].Name} jvmRoute={nodes[i].JvmRoute}", "[[", "]]");
        Replication(sb, nodes);
        return sb.ToString();
    }

    /// <summary>Nodes whose clusters share a membership (multicast group, or static) replicate to each other.</summary>
    private static void Replication(StringBuilder sb, System.Collections.Immutable.ImmutableArray<NodeSpec> nodes)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            var cluster = nodes[i].Cluster ?? nodes[i].Hosts.NullToEmpty().Select(h => h.Cluster).FirstOrDefault(c => c is not null);
            if (cluster is null)
                continue;
            var ms = cluster.Channel.Membership;
            var key = ms.Mode == "multicast"
                ? $"multicast {Attr(ms.Service, "address")}:{Attr(ms.Service, "port")} {Attr(ms.Service, "domain")}"
                : ms.Mode;
            if (!groups.TryGetValue(key, out var list))
                groups[key] = list = [];
            list.Add(i);
        }

        foreach (var list in groups.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                    sb.Append(CultureInfo.InvariantCulture, $"  N{list[a] + 1} -. replication .- N{list[b] + 1}\n");
            }
        }
    }

    private static IEnumerable<int> ListenersFor(Mount m, System.Collections.Immutable.ImmutableArray<ListenSpec> listens, System.Collections.Immutable.ImmutableArray<VirtualHostSpec> vhosts)
    {
        var vhost = vhosts.FirstOrDefault(v => v.Id == m.Scope);
        if (vhost is null || vhost.IsMain)
            return Enumerable.Range(0, listens.Length);
        var ports = vhost.Addresses.NullToEmpty().Select(a => a.LastIndexOf(':') is var c and >= 0 ? a[(c + 1)..] : "").ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, listens.Length).Where(i => ports.Contains(listens[i].Port.ToString(CultureInfo.InvariantCulture)) || ports.Contains("*"));
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<BalancerSpec> balancers, string name, string scope)
    {
        var exact = balancers.IndexOf(balancers.FirstOrDefault(b => b.Name == name && b.Scope == scope)!);
        return exact >= 0 ? exact : balancers.IndexOf(balancers.FirstOrDefault(b => b.Name == name)!);
    }

    private static string Attr(ComponentSpec c, string name) => c.Attributes.TryGetValue(name, out var v) ? v : "";

    private static void Node(StringBuilder sb, string id, string label, string open, string close) =>
        sb.Append("  ").Append(id).Append(open).Append('"').Append(Escape(label)).Append('"').Append(close).Append('\n');

    /// <summary>Mermaid labels take HTML entities; a raw quote would end the label.</summary>
    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;").Replace(">", "#gt;");
}
