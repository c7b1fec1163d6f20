using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Config.Diagnostics;
using TomcatCompat.Config.Model;
using TomcatCompat.Config.Text;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace TomcatCompat.Balancer.Mapping;

internal static partial class TopologyToYarp
{
    private static (ClusterConfig Config, BalancerState State) MapBalancer(
        string clusterId, BalancerSpec spec, VirtualHostSpec? host, DiagnosticBag diagnostics)
    {
        var lbmethod = spec.LbMethod.ToLowerInvariant();
        if (!LbMethods.Supported.Contains(lbmethod))
        {
            diagnostics.Add(BalancerDiagnostics.LbMethodUnsupported, spec.Source, spec.LbMethod, spec.Name);
            lbmethod = LbMethods.ByRequests;
        }

        if (spec.Timeout > 0)
        {
            diagnostics.Add(BalancerDiagnostics.BalancerTimeoutUnsupported, spec.Source, spec.Timeout, spec.Name);
        }

        if (spec.Origin == "mod_jk")
        {
            diagnostics.Add(BalancerDiagnostics.ModJkSemantics, spec.Source, spec.Name);
        }

        var destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal);
        var members = ImmutableArray.CreateBuilder<MemberState>(spec.Members.Length);
        for (var i = 0; i < spec.Members.Length; i++)
        {
            var member = spec.Members[i];
            var id = "m" + i.ToString(CultureInfo.InvariantCulture);
            destinations[id] = new DestinationConfig
            {
                Address = DestinationAddress(member, diagnostics),
                Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [MetadataKeys.Route] = member.Route ?? "",
                    [MetadataKeys.LoadFactor] = member.LoadFactor.ToString(CultureInfo.InvariantCulture),
                    [MetadataKeys.LbSet] = member.LbSet.ToString(CultureInfo.InvariantCulture),
                    [MetadataKeys.Status] = member.Status.ToString(),
                    [MetadataKeys.Retry] = member.Retry.ToString(CultureInfo.InvariantCulture),
                    [MetadataKeys.Redirect] = member.Redirect ?? "",
                },
            };
            if (member.HealthCheck is { } hc)
            {
                diagnostics.Add(BalancerDiagnostics.HealthCheckUnsupported, hc.Source.Line > 0 ? hc.Source : member.Source, hc.Method, member.Url);
            }

            members.Add(new MemberState(member, i, id));
        }

        // httpd: worker timeout → ProxyTimeout → core Timeout; connect: connectiontimeout first.
        // YARP has one activity timeout per cluster, so the first member's values stand for all.
        var first = spec.Members.IsEmpty ? null : spec.Members[0];
        var readSeconds = first?.Timeout ?? host?.ProxyTimeout ?? host?.Timeout ?? 60;
        var connectMs = first?.ConnectionTimeoutMs ?? (long)readSeconds * 1000;
        var config = new ClusterConfig
        {
            ClusterId = clusterId,
            LoadBalancingPolicy = lbmethod,
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(Math.Max(1, readSeconds)) },
            Destinations = destinations,
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MetadataKeys.Balancer] = spec.Name,
                [MetadataKeys.Scope] = spec.Scope,
                [MetadataKeys.StickySession] = string.Join('|', spec.StickySession),
                [MetadataKeys.ConnectTimeoutMs] = Math.Max(1, connectMs).ToString(CultureInfo.InvariantCulture),
            },
        };
        return (config, new BalancerState(clusterId, spec, members.MoveToImmutable()));
    }

    private static string DestinationAddress(BalancerMember member, DiagnosticBag diagnostics)
    {
        var scheme = member.Scheme.ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            diagnostics.Add(BalancerDiagnostics.MemberSchemeUnsupported, member.Source, member.Url, member.Scheme);
            scheme = "http";
        }

        var host = member.Host.Contains(':') && !member.Host.StartsWith('[') ? "[" + member.Host + "]" : member.Host;
        // A trailing '/' on the member URL would give '//' in httpd; YARP joins paths, so drop it.
        var path = member.Path.TrimEnd('/');
        return string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{member.Port}{path}");
    }

    /// <summary>A plain <c>ProxyPass /x http://b/</c> worker: one member that never enters error (flag I, §2.6).</summary>
    private static BalancerSpec DirectWorker(Uri target, SourceSpan source) => new()
    {
        Name = target.GetLeftPart(UriPartial.Authority).ToLowerInvariant(),
        Origin = "mod_proxy",
        Members =
        [
            new BalancerMember
            {
                Url = target.GetLeftPart(UriPartial.Authority).ToLowerInvariant(),
                Scheme = target.Scheme,
                Host = target.IdnHost,
                Port = target.Port,
                Status = MemberStatus.IgnoreErrors,
                Source = source,
            },
        ],
        Source = source,
    };
}
