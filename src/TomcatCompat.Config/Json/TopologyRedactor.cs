using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Json;

/// <summary>
/// Replaces secrets with <see cref="Mask"/> before any output is written (STYLE §3.3): AJP and
/// mod_jk <c>secret</c>, Connector <c>secret</c>/<c>requiredSecret</c>, EncryptInterceptor
/// <c>encryptionKey</c>, keystore/store passwords, Server <c>shutdown</c>. A secret value that a
/// diagnostic message quotes is masked there too.
/// </summary>
public sealed class TopologyRedactor
{
    public const string Mask = "***";

    /// <summary>Shorter values are not searched for in messages: masking "a" everywhere would garble them.</summary>
    private const int MinMaskedLength = 3;

    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    // Virtual-host copies of a balancer share one member array: redact it once.
    private readonly Dictionary<BalancerMember[], ImmutableArray<BalancerMember>> _memberArrays = new(ReferenceEqualityComparer.Instance);

    private TopologyRedactor()
    {
    }

    public static Topology Redact(Topology topology) => new TopologyRedactor().Apply(topology);

    /// <summary>True for attribute/parameter names that hold credentials (case-insensitive).</summary>
    public static bool IsSecretKey(string key) =>
        key.Contains("secret", StringComparison.OrdinalIgnoreCase) || key.Contains("password", StringComparison.OrdinalIgnoreCase)
        || key.Equals("encryptionkey", StringComparison.OrdinalIgnoreCase) || key.EndsWith("pass", StringComparison.OrdinalIgnoreCase);

    private Topology Apply(Topology t) => t with
    {
        Balancers = Map(t.Balancers, b => b with { Members = Members(b.Members), Parameters = Dict(b.Parameters) }),
        Mounts = Map(t.Mounts, Mount),
        Nodes = Map(t.Nodes, Node),
        Diagnostics = MaskMessages(t.Diagnostics),
    };

    private ImmutableArray<BalancerMember> Members(ImmutableArray<BalancerMember> members)
    {
        if (members.IsDefaultOrEmpty)
            return Map(members, Member);
        var key = ImmutableCollectionsMarshal.AsArray(members)!;
        if (!_memberArrays.TryGetValue(key, out var redacted))
            _memberArrays[key] = redacted = Map(members, Member);
        return redacted;
    }

    // Tens of thousands of mounts in a large config, almost none with a secret: copy only those.
    private Mount Mount(Mount m)
    {
        var parameters = Dict(m.Parameters);
        return ReferenceEquals(parameters, m.Parameters) ? m : m with { Parameters = parameters };
    }

    private BalancerMember Member(BalancerMember m) => m with { Secret = Value(m.Secret), Parameters = Dict(m.Parameters) };

    private NodeSpec Node(NodeSpec n) => n with
    {
        ShutdownCommand = Value(n.ShutdownCommand)!,
        Connectors = Map(n.Connectors, c => c with { Secret = Value(c.Secret), Attributes = Dict(c.Attributes) }),
        Hosts = Map(n.Hosts, h => h with { Cluster = Cluster(h.Cluster), Valves = Map(h.Valves, Valve) }),
        Cluster = Cluster(n.Cluster),
        Webapps = Map(n.Webapps, w => w with { Manager = Component(w.Manager) }),
        Valves = Map(n.Valves, Valve),
    };

    private ValveSpec Valve(ValveSpec v) => v with { Attributes = Dict(v.Attributes) };

    private ClusterSpec? Cluster(ClusterSpec? c) => c is null ? null : c with
    {
        Manager = Component(c.Manager)!,
        Channel = c.Channel with
        {
            Channel = Component(c.Channel.Channel)!,
            Membership = c.Channel.Membership with
            {
                Service = Component(c.Channel.Membership.Service)!,
                LocalMember = Component(c.Channel.Membership.LocalMember),
                Members = Map(c.Channel.Membership.Members, x => Component(x)!),
            },
            Receiver = Component(c.Channel.Receiver)!,
            Sender = Component(c.Channel.Sender)!,
            Transport = Component(c.Channel.Transport)!,
            Interceptors = Map(c.Channel.Interceptors, i => i with
            {
                Component = Component(i.Component)!,
                LocalMember = Component(i.LocalMember),
                Members = Map(i.Members, x => Component(x)!),
            }),
            MembershipListeners = Map(c.Channel.MembershipListeners, x => Component(x)!),
            ChannelListeners = Map(c.Channel.ChannelListeners, x => Component(x)!),
        },
        Valves = Map(c.Valves, x => Component(x)!),
        ClusterListeners = Map(c.ClusterListeners, x => Component(x)!),
        Listeners = Map(c.Listeners, x => Component(x)!),
        Deployer = Component(c.Deployer),
        Attributes = Dict(c.Attributes),
    };

    private ComponentSpec? Component(ComponentSpec? c) => c is null ? null : c with { Attributes = Dict(c.Attributes) };

    private string? Value(string? secret)
    {
        if (secret is null)
            return null;
        if (secret.Length >= MinMaskedLength)
            _secrets.Add(secret);
        return Mask;
    }

    private ImmutableSortedDictionary<string, string> Dict(ImmutableSortedDictionary<string, string>? d)
    {
        if (d is null)
            return ImmutableSortedDictionary<string, string>.Empty;
        var result = d;
        foreach (var (key, value) in d)
        {
            if (IsSecretKey(key))
                result = result.SetItem(key, Value(value)!);
        }

        return result;
    }

    private ImmutableArray<Diagnostics.Diagnostic> MaskMessages(ImmutableArray<Diagnostics.Diagnostic> diagnostics)
    {
        if (_secrets.Count == 0 || diagnostics.IsDefault)
            return diagnostics.IsDefault ? [] : diagnostics;
        return Map(diagnostics, d =>
        {
            var message = d.Message;
            var help = d.Help;
            foreach (var secret in _secrets)
            {
                message = message.Replace(secret, Mask, StringComparison.Ordinal);
                help = help?.Replace(secret, Mask, StringComparison.Ordinal);
            }

            return d with { Message = message, Help = help };
        });
    }

    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> f) => items.IsDefault ? [] : [.. items.Select(f)];
}
