using System.Text;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Balancer.Forwarding;
using TomcatCompat.Balancer.Health;
using TomcatCompat.Balancer.LoadBalancing;
using TomcatCompat.Balancer.Mapping;

namespace TomcatCompat.Balancer.Manager;

/// <summary>
/// Serves <c>SetHandler balancer-manager</c> (httpd-proxy.md §3.10) for paths no ProxyPass rule takes:
/// GET and POST only, access by the Location's Require lines (closed without any), parameters only
/// with a same-host Referer, changes only with the balancer's nonce. Always answers 200 with the page
/// once access is granted, also when the parameters were dropped or the nonce was wrong.
/// </summary>
internal static class ManagerEndpoint
{
    public static ManagerLocation? Find(ScopeSettings scope, string path)
    {
        ManagerLocation? best = null;
        foreach (var location in scope.Managers)
        {
            if (location.Matches(path) && (best is null || location.Path.Length >= best.Path.Length))
            {
                best = location;
            }
        }

        return best;
    }

    public static async Task ServeAsync(HttpContext context, ManagerLocation location, BalancerRegistry registry, ScopeSettings scope, ICollection<string> lbMethods)
    {
        var ct = context.RequestAborted;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            await ErrorPages.WriteAsync(context, 404, ct);
            return;
        }

        if (!await ManagerAccess.IsAllowedAsync(location, context))
        {
            await ErrorPages.WriteAsync(context, 403, ct);
            return;
        }

        var parameters = await ManagerParameters.ReadAsync(context);
        var balancers = Visible(registry, scope);
        BalancerState? selected = null;
        MemberState? worker = null;
        if (parameters.TryGetValue("b", out var b))
        {
            selected = balancers.FirstOrDefault(x => ManagerPage.BareName(x.Balancer.Spec.Name).Equals(b, StringComparison.OrdinalIgnoreCase)).Balancer;
        }

        if (selected is not null && parameters.TryGetValue("w", out var w))
        {
            worker = selected.Members.FirstOrDefault(m => m.Name.Equals(w, StringComparison.OrdinalIgnoreCase));
        }

        if (selected is not null && ManagerEdits.NonceAccepted(selected, parameters))
        {
            ManagerEdits.Apply(selected, worker, parameters, lbMethods);
        }

        var page = ManagerPage.Render(context.Request.Host.Host, location.Path, balancers, selected, worker);
        var bytes = Encoding.Latin1.GetBytes(page);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=ISO-8859-1";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, ct);
    }

    /// <summary>The httpd balancers this server sees (its own and the main server's), with a ProxyPass path that uses each.</summary>
    private static List<(BalancerState Balancer, string MountPath)> Visible(BalancerRegistry registry, ScopeSettings scope)
    {
        var list = new List<(BalancerState, string)>();
        foreach (var balancer in registry.Mapping.Balancers.Values.OrderBy(x => x.Spec.Source.File, StringComparer.Ordinal).ThenBy(x => x.Spec.Source.Line))
        {
            if (balancer.Spec.Origin != "mod_proxy_balancer" || (balancer.Spec.Scope != "main" && balancer.Spec.Scope != scope.Id)
                || balancer.ClusterId.StartsWith("worker:", StringComparison.Ordinal))
            {
                continue;
            }

            var mount = scope.LocationMounts.Concat(scope.ServerMounts).FirstOrDefault(m => m.ClusterId == balancer.ClusterId);
            list.Add((balancer, mount?.Mount.Path ?? ""));
        }

        return list;
    }
}
