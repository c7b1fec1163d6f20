using TomcatCompat.Cluster.Diagnostics;
using TomcatCompat.Cluster.Tribes;
using TomcatCompat.Cluster.Tribes.Interceptors;
using TomcatCompat.Config.Model;
using static TomcatCompat.Cluster.Configuration.SpecAttributes;

namespace TomcatCompat.Cluster.Configuration;

// The interceptor stack in document order (§11), with Tomcat's start-time checks (§11.3).
internal sealed partial class ClusterFactory
{
    private List<IChannelInterceptor> BuildInterceptors(ChannelSpec spec, string channelName)
    {
        var built = new List<(ComponentSpec Spec, IChannelInterceptor Interceptor)>();
        var failureDetectorSeen = false;
        ComponentSpec? encrypt = null;
        foreach (var entry in spec.Interceptors)
        {
            var c = entry.Component;
            ReportNoEffect(c, "Interceptor");
            IChannelInterceptor? interceptor = c.Kind switch
            {
                "TcpFailureDetector" => new TcpFailureDetector
                {
                    ConnectTimeout = Millis(c, "connectTimeout", 1000),
                    PerformReadTest = Bool(c, "performReadTest", false),
                    ReadTestTimeout = Millis(c, "readTestTimeout", 5000),
                    OptionFlag = (SendOptions)Int(c, "optionFlag", 0),
                },
                "MessageDispatchInterceptor" => new MessageDispatchInterceptor
                {
                    OptionFlag = (SendOptions)Int(c, "optionFlag", 8),
                    AlwaysSend = Bool(c, "alwaysSend", true),
                    MaxQueueSize = Long(c, "maxQueueSize", 64L * 1024 * 1024),
                    MaxThreads = Math.Max(1, Int(c, "maxThreads", 10)),
                },
                "GzipInterceptor" => new GzipInterceptor
                {
                    OptionFlag = (SendOptions)Int(c, "optionFlag", 256) is var f && f != SendOptions.None ? f : SendOptions.Compressed,
                    CompressionMinSize = Math.Max(0, Int(c, "compressionMinSize", 0)),
                },
                "ThroughputInterceptor" => new ThroughputInterceptor { Interval = Int(c, "interval", 10000), ChannelName = channelName, OptionFlag = (SendOptions)Int(c, "optionFlag", 0) },
                "DomainFilterInterceptor" => BuildDomainFilter(c),
                "EncryptInterceptor" => BuildEncrypt(c),
                _ => NotImplemented(c),
            };
            if (c.Kind == "TcpFailureDetector")
                failureDetectorSeen = true;
            if (c.Kind == "EncryptInterceptor")
            {
                encrypt = c;
                if (failureDetectorSeen)
                    FailUnlessFrontEndReported(ClusterDiagnostics.EncryptBelowFailureDetector, c.Source);
            }

            if (c.Kind == "GzipInterceptor" && encrypt is not null)
                _diagnostics.Add(ClusterDiagnostics.GzipBelowEncrypt, c.Source);
            if (interceptor is not null)
                built.Add((c, interceptor));
        }

        if (Bool(spec.Channel, "optionCheck", false))
            CheckOptionFlags(built);
        return [.. built.Select(b => b.Interceptor)];
    }

    private IChannelInterceptor? NotImplemented(ComponentSpec c)
    {
        var advice = c.Kind switch
        {
            "TcpPingInterceptor" => "StaticMembershipService already pings every member on each heartbeat",
            "StaticMembershipInterceptor" => "use <Membership className=\"org.apache.catalina.tribes.membership.StaticMembershipService\"> with the same <Member> elements",
            "FragmentationInterceptor" => "large messages are sent whole (up to 64 MiB per frame)",
            "OrderInterceptor" => "DeltaManager already applies each session's changes in order",
            _ => "messages pass as if it were absent",
        };
        _diagnostics.Add(ClusterDiagnostics.InterceptorNotImplemented, c.Source, c.ClassName, advice);
        return null;
    }

    private DomainFilterInterceptor BuildDomainFilter(ComponentSpec c)
    {
        var domain = Domain(String(c, "domain"));
        if (domain.Length == 0)
            _diagnostics.Add(ClusterDiagnostics.DomainFilterWithoutDomain, c.Source);
        return new DomainFilterInterceptor(domain) { OptionFlag = (SendOptions)Int(c, "optionFlag", 0) };
    }

    private EncryptInterceptor? BuildEncrypt(ComponentSpec c)
    {
        var text = String(c, "encryptionAlgorithm");
        var (algorithm, verdict) = EncryptionAlgorithmParser.Parse(text);
        switch (verdict)
        {
            case EncryptionAlgorithmParser.Verdict.Refused:
                Fail(ClusterDiagnostics.EncryptionAlgorithmRefused, c.Source, text);
                return null;
            case EncryptionAlgorithmParser.Verdict.Substituted:
                _diagnostics.Add(ClusterDiagnostics.EncryptionAlgorithmSubstituted, c.Source, text);
                break;
            case EncryptionAlgorithmParser.Verdict.Malformed:
                _diagnostics.Add(ClusterDiagnostics.EncryptionAlgorithmMalformed, c.Source, text);
                break;
        }

        var keyText = String(c, "encryptionKey");
        if (EncryptionAlgorithmParser.ParseKey(keyText) is not { } key)
        {
            // The key itself never appears in a message.
            Fail(ClusterDiagnostics.EncryptionKeyInvalid, c.Source,
                string.IsNullOrWhiteSpace(keyText) ? "missing" : $"not 32, 48 or 64 hex digits (it has {keyText.Trim().Length} characters)");
            return null;
        }

        return new EncryptInterceptor(algorithm, key, _options.Time, Millis(c, "replayWindowTime", 10000), Math.Max(1, Int(c, "replayWindowMessageCount", 8192)))
        {
            OptionFlag = (SendOptions)Int(c, "optionFlag", 0),
        };
    }

    // Channel optionCheck: two interceptors acting on the same option bits would each claim a message.
    private void CheckOptionFlags(List<(ComponentSpec Spec, IChannelInterceptor Interceptor)> built)
    {
        for (var i = 0; i < built.Count; i++)
        {
            for (var j = i + 1; j < built.Count; j++)
            {
                var overlap = built[i].Interceptor.OptionFlag & built[j].Interceptor.OptionFlag;
                if (overlap != SendOptions.None)
                {
                    Fail(ClusterDiagnostics.OptionFlagOverlap, built[j].Spec.Source, built[i].Spec.Kind, built[j].Spec.Kind, Text((int)overlap));
                }
            }
        }
    }
}
