using System.Collections.Immutable;
using TomcatCompat.Config.Binding.Httpd;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Httpd;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Binding;

/// <summary>Turns an evaluated httpd tree into listeners, virtual hosts, balancers and mounts (mod_proxy family).</summary>
public static class HttpdBinder
{
    /// <summary>
    /// Binds the mod_proxy family of <paramref name="config"/> (httpd-proxy.md §2, §3.9, §3.10, §5).
    /// Never throws on bad input: every problem is a TC2050–TC2199 or TC4000–TC4099 diagnostic.
    /// Mounts come sorted by <see cref="Mount.Order"/>: a request to a virtual host tries that
    /// host's and the main server's mounts in that order (Location-level first, §2.3).
    /// </summary>
    public static ProxyTopology Bind(HttpdConfig config, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ctx = new BindContext(diagnostics, config.LoadedModules);
        var listens = new ListenParser(ctx);
        var walker = new VirtualHostBinder(ctx, listens);
        var origin = config.Files.Length > 0 ? config.Files[0].Path : "httpd";
        var main = new ServerState("main", true, new Text.SourceSpan(origin, 1));
        walker.Walk(config.Nodes, main, default);

        var servers = new List<ServerState>(walker.VirtualHosts.Count + 1) { main };
        servers.AddRange(walker.VirtualHosts);

        var balancers = ImmutableArray.CreateBuilder<BalancerSpec>();
        var mainMembers = new Dictionary<string, ImmutableArray<BalancerMember>>(StringComparer.Ordinal);
        var mounts = new List<PendingMount>();
        var hosts = ImmutableArray.CreateBuilder<VirtualHostSpec>();
        foreach (var server in servers)
        {
            var inherit = !server.IsMain && (server.BalancerInherit || server.ProxyPassInherit);
            foreach (var balancer in server.Balancers.Values)
            {
                ImmutableArray<BalancerMember>? members = null;
                if (inherit && main.Balancers.TryGetValue(balancer.Name, out var fromMain))
                {
                    // A vhost ProxyPass that only names main's balancer is served by (and reported as)
                    // main's balancer (§2.10 merge).
                    if (balancer.Members.All.Count == 0 && !balancer.HasOwnSettings)
                        continue;
                    balancer.InheritFrom(fromMain);

                    // A vhost copy without members of its own is served by main's members: share them.
                    if (balancer.Members.All.Count == 0)
                        members = mainMembers[balancer.Name];
                }

                var built = members ?? balancer.BuildMembers(Expressions(server, main));
                if (server.IsMain)
                    mainMembers[balancer.Name] = built;
                balancers.Add(balancer.ToSpec(built, members is null ? null : main.Id));
            }

            mounts.AddRange(server.Mounts);
            hosts.Add(ServerSpecs.Build(server, main, diagnostics));
        }

        var topology = new ProxyTopology
        {
            Listens = [.. listens.Listens],
            VirtualHosts = hosts.ToImmutable(),
            Balancers = balancers.ToImmutable(),
        };
        return topology with { Mounts = FinishMounts(mounts, topology.Balancers, servers, main, diagnostics) };
    }

    private static IReadOnlyDictionary<string, string> Expressions(ServerState server, ServerState main) =>
        server.IsMain || server.HcExpressions.Count > 0 ? server.HcExpressions : main.HcExpressions;

    /// <summary>Assigns the §2.3 try-order and warns about balancers that have no members where they are used.</summary>
    private static ImmutableArray<Mount> FinishMounts(List<PendingMount> pending, ImmutableArray<BalancerSpec> balancers, List<ServerState> servers, ServerState main, DiagnosticBag diagnostics)
    {
        var memberCount = new Dictionary<(string Scope, string Name), int>();
        foreach (var b in balancers)
        {
            memberCount[(b.Scope, b.Name)] = b.Members.Length;
        }

        var byId = servers.ToDictionary(s => s.Id, StringComparer.Ordinal);
        pending.Sort((a, b) => a.Group != b.Group ? a.Group.CompareTo(b.Group) : a.Sequence.CompareTo(b.Sequence));
        var result = ImmutableArray.CreateBuilder<Mount>(pending.Count);
        foreach (var p in pending)
        {
            var mount = p.Mount with { Order = result.Count };
            if (p.Worker is not null)
            {
                var server = byId[mount.Scope];
                mount = mount with { Worker = p.Worker.ToMember(Expressions(server, main), MemberStatus.IgnoreErrors) };
            }

            if (mount.Balancer is not null)
            {
                var count = memberCount.GetValueOrDefault((mount.Scope, mount.Balancer));
                var server = byId[mount.Scope];
                if (count == 0 && !server.IsMain && (server.BalancerInherit || server.ProxyPassInherit))
                {
                    count = memberCount.GetValueOrDefault(("main", mount.Balancer));
                }

                if (count == 0)
                {
                    diagnostics.Add(ConfigDiagnostics.BalancerWithoutMembers, mount.Source, mount.Kind.ToString(), mount.Target);
                }
            }

            result.Add(mount);
        }

        return result.MoveToImmutable();
    }
}
