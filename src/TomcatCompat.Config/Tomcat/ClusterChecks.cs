using System.Globalization;
using System.Xml.Linq;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;

namespace TomcatCompat.Config.Tomcat;

/// <summary>Start-time failures and silent traps of a read cluster (§3.1, §8.2, §9, §11).</summary>
internal static class ClusterChecks
{
    /// <summary>Reports the traps; returns the spec with values Tomcat rejects put back to their defaults.</summary>
    public static ClusterSpec Run(TomcatReadContext ctx, XElement element, ClusterSpec spec)
    {
        var d = ctx.Diagnostics;
        var channel = spec.Channel;
        if (channel.Membership.Mode == "static" && spec.ChannelStartOptions != 15)
            d.Add(ConfigDiagnostics.StaticMembershipStartOptions, spec.Source, spec.ChannelStartOptions);
        foreach (var (bit, name) in new[] { (SendOptionsParser.Udp, "udp"), (SendOptionsParser.Multicast, "multicast"), (SendOptionsParser.Secure, "secure") })
        {
            if ((spec.ChannelSendOptions & bit) != 0)
                d.Add(ConfigDiagnostics.UnsupportedSendOption, Span(ctx, element, "channelSendOptions"), "channelSendOptions", name);
        }

        PoolTrap(d, channel.Receiver, "maxThreads", "minThreads");
        CheckPort(d, channel.Receiver, "port");
        CheckPort(d, channel.Membership.Service, "port");
        var tcpFailureDetector = -1;
        for (var i = 0; i < channel.Interceptors.Length; i++)
        {
            var c = channel.Interceptors[i].Component;
            switch (c.Kind)
            {
                case "TcpFailureDetector" when tcpFailureDetector < 0:
                    tcpFailureDetector = i;
                    break;
                case "MessageDispatchInterceptor":
                    PoolTrap(d, c, "maxThreads", "maxSpareThreads");
                    break;
                case "EncryptInterceptor":
                    if (tcpFailureDetector >= 0)
                        d.Add(ConfigDiagnostics.EncryptBelowFailureDetector, c.Source);
                    if (string.IsNullOrWhiteSpace(c.Attributes.GetValueOrDefault("encryptionKey")))
                        d.Add(ConfigDiagnostics.MissingAttribute, c.Source, "Interceptor", "encryptionKey", "EncryptInterceptor requires (\"Encryption key is required\", the cluster does not start)");
                    break;
            }
        }

        if (spec.Manager.Kind == "DeltaManager" && !spec.Manager.Implicit &&
            spec.Manager.Attributes.TryGetValue("sendAllSessionsSize", out var size) &&
            int.TryParse(size, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n <= 0)
        {
            d.Add(ConfigDiagnostics.ValueRejected, spec.Manager.Source, "Manager", "sendAllSessionsSize", size,
                "it must be a positive integer; releases before 10.1.60 accept it and then hang during state transfer", "the default 1000");
            return spec with { Manager = spec.Manager with { Attributes = spec.Manager.Attributes.SetItem("sendAllSessionsSize", "1000") } };
        }

        return spec;
    }

    private static void PoolTrap(DiagnosticBag d, ComponentSpec c, string max, string core)
    {
        var maxValue = ClusterDefaults.Int(c.Attributes, max, int.MaxValue);
        var coreValue = ClusterDefaults.Int(c.Attributes, core, 0);
        if (maxValue < coreValue)
        {
            d.Add(ConfigDiagnostics.ThreadPoolTrap, c.Source, c.Kind, max,
                maxValue.ToString(CultureInfo.InvariantCulture), core, coreValue.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void CheckPort(DiagnosticBag d, ComponentSpec c, string attribute)
    {
        if (c.Attributes.TryGetValue(attribute, out var v) &&
            int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var port) && port is < 1 or > 65535)
        {
            d.Add(ConfigDiagnostics.PortOutOfRange, c.Source, c.Kind, attribute, v, 1);
        }
    }

    private static Text.SourceSpan Span(TomcatReadContext ctx, XElement element, string attribute) =>
        element.Attribute(attribute) is { } a ? ctx.At(a) : ctx.At(element);
}
