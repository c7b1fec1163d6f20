using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;

namespace TomcatCompat.Config.Binding;

/// <summary>
/// Binds each BalancerMember to the Tomcat node it forwards to (tomcat-cluster.md §15):
/// first <c>route=</c> == <c>Engine@jvmRoute</c>, else member host:port == a Connector of the
/// matching protocol whose address is unset or the member host, when exactly one node matches.
/// </summary>
public static class RouteBinding
{
    public static ImmutableArray<BalancerSpec> Bind(
        ImmutableArray<BalancerSpec> balancers,
        ImmutableArray<Mount> mounts,
        ImmutableArray<NodeSpec> nodes,
        DiagnosticBag diagnostics)
    {
        if (nodes.IsDefaultOrEmpty)
            return balancers.IsDefault ? [] : balancers;
        balancers = balancers.IsDefault ? [] : balancers;
        var byRoute = IndexNodes(nodes, diagnostics);
        var reached = new HashSet<NodeSpec>(ReferenceEqualityComparer.Instance);
        var result = ImmutableArray.CreateBuilder<BalancerSpec>(balancers.Length);

        // Virtual-host copies of a balancer share main's member array: bind (and report) it once.
        var boundArrays = new Dictionary<BalancerMember[], ImmutableArray<BalancerMember>>(ReferenceEqualityComparer.Instance);
        foreach (var balancer in balancers)
        {
            var members = balancer.Members.IsDefault ? [] : balancer.Members;
            var key = ImmutableCollectionsMarshal.AsArray(members)!;
            if (!boundArrays.TryGetValue(key, out var bound))
            {
                var builder = ImmutableArray.CreateBuilder<BalancerMember>(members.Length);
                foreach (var member in members)
                {
                    var node = BindMember(member, nodes, byRoute, diagnostics);
                    if (node is not null)
                        reached.Add(node);
                    builder.Add(node is null ? member : member with { Node = node.Name });
                }

                boundArrays[key] = bound = builder.MoveToImmutable();
            }

            result.Add(balancer with { Members = bound });
        }

        MarkDirectMounts(mounts, nodes, reached);
        if (result.Count > 0 || !mounts.IsDefaultOrEmpty)
        {
            foreach (var node in nodes.Where(n => !reached.Contains(n)))
                diagnostics.Add(ConfigDiagnostics.NodeUnreached, Span(node.Source), node.Name, node.JvmRoute ?? node.Name);
        }

        return result.MoveToImmutable();
    }

    private static Dictionary<string, NodeSpec> IndexNodes(ImmutableArray<NodeSpec> nodes, DiagnosticBag diagnostics)
    {
        // httpd and mod_jk compare routes with strcmp: case-sensitive.
        var byRoute = new Dictionary<string, NodeSpec>(StringComparer.Ordinal);
        var byName = new Dictionary<string, NodeSpec>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            // A node is named after its jvmRoute: a shared jvmRoute is TC3004 alone, not TC3011 as well.
            var routeTaken = !string.IsNullOrEmpty(node.JvmRoute) && byRoute.ContainsKey(node.JvmRoute);
            if (!byName.TryAdd(node.Name, node) && !routeTaken)
                diagnostics.Add(ConfigDiagnostics.DuplicateNodeName, Span(node.Source), node.Name, $"the node at {Span(byName[node.Name].Source)}");
            if (string.IsNullOrEmpty(node.JvmRoute))
                continue;
            if (!byRoute.TryAdd(node.JvmRoute, node))
            {
                var first = byRoute[node.JvmRoute];
                diagnostics.Add(ConfigDiagnostics.DuplicateJvmRoute, Span(node.Source), node.JvmRoute, first.Name, Span(first.Source));
            }
        }

        return byRoute;
    }

    private static NodeSpec? BindMember(BalancerMember member, ImmutableArray<NodeSpec> nodes, Dictionary<string, NodeSpec> byRoute, DiagnosticBag diagnostics)
    {
        if (ConnectorMatch.ConnectorScheme(member.Scheme) is not { } wanted)
            return null; // fcgi://, scgi://…: not a Tomcat connector
        if (member.Route is { Length: > 0 } route && byRoute.TryGetValue(route, out var routed))
        {
            CheckConnector(member, routed, wanted, diagnostics);
            return routed;
        }

        if (member.Route is { Length: > 0 } unmatched)
        {
            var known = byRoute.Count == 0 ? "none" : string.Join(", ", byRoute.Keys.Order(StringComparer.Ordinal));
            diagnostics.Add(ConfigDiagnostics.MemberRouteMatchesNoJvmRoute, Span(member.Source), member.Url, unmatched, known);
        }

        var matches = nodes.Where(n => n.Connectors.Any(c => c.Port == member.Port && ConnectorMatch.AddressMatches(c.Address, member.Host))).ToList();
        if (matches.Count == 1)
        {
            CheckConnector(member, matches[0], wanted, diagnostics);
            return matches[0];
        }

        if (member.Route is { Length: > 0 })
            return null; // TC3001 already says what is wrong
        if (matches.Count > 1)
            diagnostics.Add(ConfigDiagnostics.MemberAmbiguous, Span(member.Source), member.Url, matches.Count, string.Join(", ", matches.Select(n => n.Name)));
        else
            diagnostics.Add(ConfigDiagnostics.MemberMatchesNoNode, Span(member.Source), member.Url, member.Host, member.Port);
        return null;
    }

    private static void CheckConnector(BalancerMember member, NodeSpec node, string wanted, DiagnosticBag diagnostics)
    {
        var onPort = node.Connectors.Where(c => c.Port == member.Port).ToList();
        if (onPort.Count == 0)
        {
            var have = node.Connectors.IsEmpty ? "none" : string.Join(", ", node.Connectors.Select(c => $"{c.Protocol} port {c.Port}"));
            diagnostics.Add(ConfigDiagnostics.RoutePortMatchesNoConnector, Span(member.Source), member.Url, member.Route ?? "", node.Name, ConnectorMatch.Protocol(wanted), member.Port, have);
            return;
        }

        var same = onPort.FirstOrDefault(c => string.Equals(c.Scheme, wanted, StringComparison.OrdinalIgnoreCase));
        if (same is null)
        {
            var other = onPort[0];
            diagnostics.Add(
                ConfigDiagnostics.SchemeProtocolMismatch, Span(member.Source), member.Url, ConnectorMatch.Protocol(wanted), other.Port, node.Name,
                other.Protocol, other.Scheme, ConnectorMatch.Protocol(wanted));
            return;
        }

        if (ConnectorMatch.CertainlyDifferent(same.Address, member.Host))
            diagnostics.Add(ConfigDiagnostics.ConnectorAddressMismatch, Span(member.Source), member.Url, member.Host, same.Port, node.Name, same.Address);
    }

    /// <summary>A ProxyPass straight to http://host:port (no balancer) also reaches a node.</summary>
    private static void MarkDirectMounts(ImmutableArray<Mount> mounts, ImmutableArray<NodeSpec> nodes, HashSet<NodeSpec> reached)
    {
        if (mounts.IsDefaultOrEmpty)
            return;
        foreach (var mount in mounts)
        {
            if (mount.Balancer is not null || mount.Target is null || !Uri.TryCreate(mount.Target, UriKind.Absolute, out var uri))
                continue;
            var port = uri.Port > 0 ? uri.Port : ConnectorMatch.DefaultPort(uri.Scheme);
            var matches = nodes.Where(n => n.Connectors.Any(c => c.Port == port && ConnectorMatch.AddressMatches(c.Address, uri.Host))).Take(2).ToList();
            if (matches.Count == 1)
                reached.Add(matches[0]);
        }
    }

    /// <summary>Every diagnostic needs a file and a line; a span from no file (a default) points at line 1.</summary>
    private static SourceSpan Span(SourceSpan span) =>
        span.Line > 0 && !string.IsNullOrEmpty(span.File) ? span : new SourceSpan(string.IsNullOrEmpty(span.File) ? "(unknown)" : span.File, 1, 1);
}
