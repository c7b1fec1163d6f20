using System.Net;
using TomcatCompat.Cluster.Diagnostics;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Membership;
using TomcatCompat.Cluster.Tribes.Transport;
using TomcatCompat.Config.Model;
using static TomcatCompat.Cluster.Configuration.SpecAttributes;

namespace TomcatCompat.Cluster.Configuration;

// Channel, membership, receiver and transport (§7–§10).
internal sealed partial class ClusterFactory
{
    private GroupChannel BuildChannel(string name)
    {
        var spec = _spec.Channel;
        ReportNoEffect(spec.Channel, "Channel");
        var receiver = BuildReceiver(spec.Receiver);
        var sender = BuildSender(spec.Transport);
        var membership = BuildMembership(spec.Membership, receiver);
        var coordinator = new ChannelCoordinator(receiver, sender, membership)
        {
            StartOptions = (ChannelStartOptions)(_spec.ChannelStartOptions & (int)ChannelStartOptions.Default),
        };
        var channel = new GroupChannel(coordinator, _options.Time)
        {
            HeartbeatEnabled = Bool(spec.Channel, "heartbeat", true),
            HeartbeatSleeptime = Millis(spec.Channel, "heartbeatSleeptime", 5000),
            Name = name,
        };
        foreach (var interceptor in BuildInterceptors(spec, name))
            channel.AddInterceptor(interceptor);
        return channel;
    }

    private ReceiverOptions BuildReceiver(ComponentSpec r)
    {
        ReportNoEffect(r, "Receiver");
        if (Int(r, "udpPort", -1) > 0)
            _diagnostics.Add(ClusterDiagnostics.UdpReceiver, r.Source, String(r, "udpPort"));
        var address = String(r, "address") ?? "auto";
        var bindText = String(r, "bind");
        var resolved = ResolveReceiverAddress(bindText is { Length: > 0 } ? bindText : address);
        if (resolved is null)
        {
            Fail(ClusterDiagnostics.AddressUnresolved, r.Source, "Receiver", bindText is { Length: > 0 } ? "bind" : "address",
                bindText is { Length: > 0 } ? bindText : address, "the receiver cannot bind, so the cluster does not start");
        }

        return new ReceiverOptions
        {
            Address = resolved ?? IPAddress.Loopback,
            Port = Int(r, "port", 4000),
            AutoBind = Math.Max(1, Int(r, "autoBind", 100)),
            Timeout = Millis(r, "timeout", 3000),
            TcpNoDelay = Bool(r, "tcpNoDelay", true),
        };
    }

    // "auto" is InetAddress.getLocalHost(): the host name as the OS resolves it (§9).
    private IPAddress? ResolveReceiverAddress(string address) =>
        string.Equals(address, "auto", StringComparison.OrdinalIgnoreCase)
            ? _options.Resolve(Dns.GetHostName()) ?? IPAddress.Loopback
            : _options.Resolve(address);

    private SenderOptions BuildSender(ComponentSpec t)
    {
        ReportNoEffect(t, "Transport");
        return new SenderOptions
        {
            Timeout = Millis(t, "timeout", 3000),
            MaxRetryAttempts = Math.Max(0, Int(t, "maxRetryAttempts", 1)),
            PoolSize = Math.Max(1, Int(t, "poolSize", 25)),
            MaxWait = Millis(t, "maxWait", 3000),
            ThrowOnFailedAck = Bool(t, "throwOnFailedAck", true),
            TcpNoDelay = Bool(t, "tcpNoDelay", true),
        };
    }

    private Func<IMemberPinger, IMembershipService> BuildMembership(MembershipSpec m, ReceiverOptions receiver)
    {
        var service = m.Service;
        var options = new StaticMembershipOptions
        {
            ConnectTimeout = Millis(service, "connectTimeout", 500),
            ExpirationTime = Millis(service, "expirationTime", 5000),
            RpcTimeout = Millis(service, "rpcTimeout", 3000),
            UseThread = Bool(service, "useThread", false),
            PingInterval = Millis(service, "pingInterval", 1000),
        };
        List<Member> members = [];
        Member? local = null;
        switch (m.Mode)
        {
            case "static":
                members = StaticMembers(m.Members);
                local = m.LocalMember is { } lm ? ToMember(lm, mustResolve: false) : null;
                if (local is null && _spec.ChannelStartOptions == (int)ChannelStartOptions.Default &&
                    StaticMembershipService.FindLocal(members, null, receiver.Address.ToString(), receiver.Port) is null)
                {
                    Fail(ClusterDiagnostics.NoLocalMember, m.LocalMember?.Source ?? service.Source, receiver.Address, receiver.Port);
                }

                break;
            case "multicast":
                return BuildMulticast(service);
            default:
                _diagnostics.Add(ClusterDiagnostics.MembershipNotEmulated, service.Source, service.ClassName);
                break;
        }

        // Without static members the node is alone: it still needs an identity of its own.
        local ??= members.Count == 0 ? new Member(receiver.Address.ToString(), receiver.Port, UniqueId.NewRandom()) : null;
        var time = _options.Time;
        return pinger => new StaticMembershipService(options, members, local, pinger, time);
    }

    /// <summary>McastService (§8.1); Tomcat resolves <c>address</c> and <c>bind</c> at start, so an unresolvable one fails the cluster.</summary>
    private Func<IMemberPinger, IMembershipService> BuildMulticast(ComponentSpec service)
    {
        var addressText = String(service, "address") ?? "228.0.0.4";
        var address = _options.Resolve(addressText);
        if (address is null || !IsMulticast(address))
        {
            Fail(ClusterDiagnostics.AddressUnresolved, service.Source, "Membership", "address", addressText,
                address is null ? "Tomcat cannot join the multicast group, so the cluster does not start" : "it is not a multicast address (224.0.0.0/4 or ff00::/8), so the cluster does not start");
        }

        IPAddress? bind = null;
        if (String(service, "bind") is { Length: > 0 } bindText && (bind = _options.Resolve(bindText)) is null)
            Fail(ClusterDiagnostics.AddressUnresolved, service.Source, "Membership", "bind", bindText, "the multicast socket cannot bind, so the cluster does not start");
        var frequency = Millis(service, "frequency", 500);
        var soTimeout = Millis(service, "soTimeout", -1);
        var options = new McastOptions
        {
            Address = address ?? IPAddress.Parse("228.0.0.4"),
            Port = Int(service, "port", 45564),
            Frequency = frequency > TimeSpan.Zero ? frequency : TimeSpan.FromMilliseconds(500),
            DropTime = Millis(service, "dropTime", 3000),
            Bind = bind,
            Ttl = Int(service, "ttl", -1) is >= 0 and <= 255 and var ttl ? ttl : null,
            SoTimeout = soTimeout > TimeSpan.Zero ? soTimeout : frequency,
            Domain = Domain(String(service, "domain")),
            RecoveryEnabled = Bool(service, "recoveryEnabled", true),
            RecoveryCounter = Math.Max(1, Int(service, "recoveryCounter", 10)),
            RecoverySleepTime = Millis(service, "recoverySleepTime", 5000),
            LocalLoopbackDisabled = Bool(service, "localLoopbackDisabled", false),
        };
        var time = _options.Time;
        var open = _options.MulticastTransport;
        return _ => new McastService(options, time, open);
    }

    private static bool IsMulticast(IPAddress a) =>
        a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? a.IsIPv6Multicast : (a.GetAddressBytes()[0] & 0xF0) == 0xE0;

    private List<Member> StaticMembers(IReadOnlyList<ComponentSpec> specs)
    {
        var members = specs.Select(s => ToMember(s, mustResolve: true)).OfType<Member>().ToList();
        var distinct = members.Select(m => m.Id).Distinct().Count() == members.Count && members.All(m => !m.Id.IsZero);
        if (distinct || members.Count == 0)
            return members;
        _diagnostics.Add(ClusterDiagnostics.MemberIdsDerived, specs[0].Source,
            string.Join(", ", members.Select(m => m.Host + ":" + Text(m.Port))));
        return [.. members.Select(m => m with { Id = UniqueId.FromEndpoint(m.Host, m.Port) })];
    }

    private Member? ToMember(ComponentSpec s, bool mustResolve)
    {
        var host = String(s, "host") ?? "";
        var address = host.Length == 0 ? null : _options.Resolve(host);
        if (address is null && mustResolve)
        {
            _diagnostics.Add(ClusterDiagnostics.AddressUnresolved, s.Source, "Member", "host", host,
                "Tomcat keeps a member without a host, which never answers; TomcatCompat leaves it out");
            return null;
        }

        UniqueId.TryParseTomcat(String(s, "uniqueId"), out var id);
        return new Member(address?.ToString() ?? host, Int(s, "port", 0), id, Domain(String(s, "domain")));
    }

    /// <summary>Tomcat's domain: plain text, or a <c>{b,b,…}</c> byte list read as ISO-8859-1.</summary>
    internal static string Domain(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text[0] != '{' || text[^1] != '}')
            return text;
        var bytes = new List<byte>();
        foreach (var part in text[1..^1].Split(','))
        {
            if (!sbyte.TryParse(part, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var b))
                return text;
            bytes.Add(unchecked((byte)b));
        }

        return System.Text.Encoding.Latin1.GetString([.. bytes]);
    }
}
