using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TomcatCompat.Balancer.Affinity;
using TomcatCompat.Balancer.Environment;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Manager;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// mod_proxy_balancer's per-request flow inside YARP's proxy pipeline (httpd-proxy.md §3.1, §3.6):
/// exact rule matching, force recovery, sticky route, lbmethod, env vars, then the failover loop around
/// YARP's forwarder. Replaces YARP's affinity and load-balancing stages.
/// </summary>
internal sealed partial class BalancerMiddleware(
    RequestDelegate next,
    BalancerRegistry registry,
    IProxyStateLookup lookup,
    IEnumerable<ILoadBalancingPolicy> policies,
    TimeProvider time,
    ILogger<BalancerMiddleware> logger)
{
    private readonly FrozenDictionary<string, IHttpdLbMethod> _methods = policies
        .OfType<IHttpdLbMethod>()
        .ToFrozenDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var table = registry.Mapping.Mounts;
        var scope = table.ResolveScope(context.Request.Host.Host);
        var match = MountTable.Match(scope, context.Request.Path.Value ?? "/");
        if (match is not { } hit || hit.Mount.ClusterId == MetadataKeys.LocalClusterId)
        {
            // A ProxyPass covering the path wins over SetHandler balancer-manager (§3.10); '!' hands it back.
            if (match is not { Mount.Broken: true } && ManagerEndpoint.Find(scope, context.Request.Path.Value ?? "/") is { } manager)
            {
                await ManagerEndpoint.ServeAsync(context, manager, registry, scope, _methods.Keys);
                return;
            }

            await ErrorPages.WriteAsync(context, match is { Mount.Broken: true } ? 500 : 404, ct);
            return;
        }

        var mount = hit.Mount;
        if (!registry.TryGet(mount.ClusterId, out var balancer)
            || !lookup.TryGetCluster(mount.ClusterId, out var cluster)
            || !lookup.TryGetRoute(mount.RouteId, out var route))
        {
            await ErrorPages.WriteAsync(context, 500, ct);
            return;
        }

        if (context.GetReverseProxyFeature().Route.Config.RouteId != mount.RouteId)
        {
            context.ReassignProxyRequest(route, cluster);
        }

        var method = _methods.GetValueOrDefault(balancer.LbMethod) ?? _methods[LbMethods.ByRequests];
        var variables = new BalancerVariables();
        context.Features.Set(variables);
        context.Features.Set(new BalancerRequest { BackendPath = hit.BackendPath, NoQuery = mount.NoQuery, Scope = scope });
        var url = hit.BackendPath + context.Request.QueryString.Value;
        var cookies = context.Request.Headers.Cookie.Count switch
        {
            0 => null,
            1 => context.Request.Headers.Cookie[0],
            _ => string.Join(", ", context.Request.Headers.Cookie.ToArray()),
        };
        char? separator = balancer.Spec.StickySessionSep is { Length: 1 } sep ? sep[0] : null;

        for (var attempt = 0; ; attempt++)
        {
            var pick = Pick(balancer, method, url, cookies, separator);
            if (pick.Member is not { } member)
            {
                LogNoMember(logger, balancer.Spec.Name, pick.Refused ? pick.Route?.Route : null);
                await ErrorPages.WriteAsync(context, 503, ct);
                return;
            }

            variables.BalancerName = balancer.Spec.Name;
            variables.WorkerName = member.Name;
            variables.WorkerRoute = member.Route;
            variables.SessionSticky = pick.Route?.StickyName;
            variables.SessionRoute = pick.Route?.Route;
            variables.RouteChanged = pick.Changed ? "1" : null;
            var feature = context.GetReverseProxyFeature();
            feature.AvailableDestinations = cluster.Destinations.TryGetValue(member.DestinationId, out var destination)
                ? destination
                : Array.Empty<DestinationState>();

            variables.Proxied = true;
            member.EnterRequest();
            try
            {
                await next(context);
            }
            finally
            {
                member.LeaveRequest();
            }

            var error = context.Features.Get<IForwarderErrorFeature>();
            var kind = Failover.Classify(error, context.Response.HasStarted);
            var now = time.GetUtcNow();
            if (kind == FailureKind.None)
            {
                member.AddTraffic(context.Request.ContentLength ?? 0, context.Response.ContentLength ?? 0);
                lock (balancer.Sync)
                {
                    member.MarkConnected();
                    if (balancer.Spec.FailOnStatus.Contains(context.Response.StatusCode))
                    {
                        member.MarkError(now);
                    }
                }

                return;
            }

            variables.Proxied = false;
            if (kind == FailureKind.Connect)
            {
                bool retry;
                lock (balancer.Sync)
                {
                    if (member.MarkError(now))
                    {
                        LogDisabling(logger, member.Name, member.Spec.Retry);
                    }

                    retry = !member.IsUsable && attempt < balancer.MaxAttempts;
                }

                if (retry)
                {
                    context.Features.Set<IForwarderErrorFeature>(null);
                    context.Response.StatusCode = StatusCodes.Status200OK;
                    continue;
                }

                await ErrorPages.WriteAsync(context, 503, ct);
                return;
            }

            if ((kind == FailureKind.Fatal) || (kind is FailureKind.Timeout or FailureKind.GatewayTimeout && balancer.Spec.FailOnTimeout))
            {
                lock (balancer.Sync)
                {
                    if (member.MarkError(now) && kind == FailureKind.Fatal)
                    {
                        LogDisabling(logger, member.Name, member.Spec.Retry);
                    }
                }
            }

            if (kind != FailureKind.AfterStart)
            {
                await ErrorPages.WriteAsync(context, ErrorStatus(kind), ct);
            }

            return;
        }
    }

    private MemberPick Pick(BalancerState balancer, IHttpdLbMethod method, string url, string? cookies, char? separator)
    {
        lock (balancer.Sync)
        {
            var now = time.GetUtcNow();
            balancer.ForceRecovery(now);
            var route = balancer.IsSticky
                ? RouteExtractor.Extract(url, cookies, balancer.Spec.StickySession, separator, balancer.Spec.ScolonPathDelim)
                : null;
            if (route is { } r)
            {
                var sticky = StickyRoutePolicy.FindMember(balancer, r.Route, now, out var redirected);
                if (sticky is not null)
                {
                    balancer.AccountStickyHit(sticky);
                    return new MemberPick(sticky, route, redirected, Refused: false);
                }

                if (StickyRoutePolicy.MustRefuse(balancer, r.Route))
                {
                    return new MemberPick(null, route, Changed: false, Refused: true);
                }
            }

            var chosen = MemberSelector.Choose(balancer, method, now);
            return new MemberPick(chosen, route, balancer.IsSticky, Refused: false);
        }
    }

    /// <summary>The status httpd answers when a member failed without failover (§6.3; mod_proxy_ajp 500/504/400).</summary>
    private static int ErrorStatus(FailureKind kind) => kind switch
    {
        FailureKind.Fatal => 500,
        FailureKind.GatewayTimeout => 504,
        FailureKind.BadRequest => 400,
        _ => 502,
    };

    private readonly record struct MemberPick(MemberState? Member, StickyRoute? Route, bool Changed, bool Refused);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "{Balancer}: all workers are in error state (route {Route})")]
    private static partial void LogNoMember(ILogger logger, string balancer, string? route);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "disabling worker {Worker} for {Retry}s after a failed connection")]
    private static partial void LogDisabling(ILogger logger, string worker, int retry);
}
