using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Balancer.Diagnostics;
using TomcatCompat.Balancer.Forwarding;
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
            AjpMemberOptions.Check(member, diagnostics);
            var (active, expression) = HealthCheck(member, diagnostics);
            members.Add(new MemberState(member, i, id) { HealthCheckActive = active, HealthExpression = expression });
        }

        // httpd: worker timeout → ProxyTimeout → core Timeout; connect: connectiontimeout first.
        // YARP has one activity timeout per cluster, so the first member's values stand for all.
        var first = spec.Members.IsEmpty ? null : spec.Members[0];
        var defaultSeconds = host?.ProxyTimeout ?? host?.Timeout ?? 60;
        var readSeconds = first?.Timeout ?? defaultSeconds;
        var connectMs = first?.ConnectionTimeoutMs ?? (long)readSeconds * 1000;
        // The AJP client times each packet itself (504 vs 503 depends on it); YARP's timer must not win.
        var activitySeconds = spec.Members.Any(m => m.Scheme.Equals("ajp", StringComparison.OrdinalIgnoreCase))
            ? spec.Members.Max(m => m.Timeout ?? defaultSeconds) + 5
            : readSeconds;
        var config = new ClusterConfig
        {
            ClusterId = clusterId,
            LoadBalancingPolicy = lbmethod,
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(Math.Max(1, activitySeconds)) },
            Destinations = destinations,
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [MetadataKeys.Balancer] = spec.Name,
                [MetadataKeys.Scope] = spec.Scope,
                [MetadataKeys.StickySession] = string.Join('|', spec.StickySession),
                [MetadataKeys.ConnectTimeoutMs] = Math.Max(1, connectMs).ToString(CultureInfo.InvariantCulture),
                [MetadataKeys.DefaultTimeout] = defaultSeconds.ToString(CultureInfo.InvariantCulture),
            },
        };
        return (config, new BalancerState(clusterId, spec, members.MoveToImmutable()));
    }

    /// <summary>mod_proxy_hcheck settings: CPING and unknown methods are not run (TC4407), an hcexpr the evaluator cannot read falls back to status 200–399 (TC4413).</summary>
    private static (bool Active, HcExpression? Expression) HealthCheck(BalancerMember member, DiagnosticBag diagnostics)
    {
        if (member.HealthCheck is not { } hc || hc.Method.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        var span = hc.Source.Line > 0 ? hc.Source : member.Source;
        if (!HealthCheckRequest.IsSupported(hc.Method))
        {
            diagnostics.Add(BalancerDiagnostics.HealthCheckUnsupported, span, hc.Method, member.Url);
            return (false, null);
        }

        if (string.IsNullOrWhiteSpace(hc.Expression))
        {
            return (true, null);
        }

        var expression = HcExpression.TryParse(hc.Expression, out var error);
        if (expression is null)
        {
            diagnostics.Add(BalancerDiagnostics.HealthCheckExprUnsupported, span, hc.ExpressionName ?? "", hc.Expression, error ?? "");
        }

        return (true, expression);
    }

    private static string DestinationAddress(BalancerMember member, DiagnosticBag diagnostics)
    {
        var scheme = member.Scheme.ToLowerInvariant();
        // ajp:// members keep their scheme: the client factory sends them through the AJP handler.
        if (scheme is not ("http" or "https" or "ajp"))
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
