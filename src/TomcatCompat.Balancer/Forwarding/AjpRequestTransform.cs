using System.Net;
using Microsoft.AspNetCore.Http;
using TomcatCompat.Ajp.Client;
using TomcatCompat.Balancer.Environment;
using Yarp.ReverseProxy.Transforms;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// For <c>ajp://</c> members: hands the AJP client what mod_proxy_ajp takes from the connection
/// (remote address and port, server name and port, TLS, the sticky route as attribute 0x06, the
/// client's Host), and undoes the X-Forwarded-* and Via headers added for HTTP members, because
/// mod_proxy_ajp forwards the request headers as the client sent them (only mod_proxy_http adds them).
/// </summary>
internal static class AjpRequestTransform
{
    private static readonly string[] ProxyAdded = ["X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Server", "Via"];

    public static ValueTask ApplyAsync(RequestTransformContext context)
    {
        if (!context.DestinationPrefix.StartsWith("ajp:", StringComparison.OrdinalIgnoreCase))
            return ValueTask.CompletedTask;

        var http = context.HttpContext;
        var headers = context.ProxyRequest.Headers;
        foreach (var name in ProxyAdded)
        {
            headers.Remove(name);
            if (http.Request.Headers.TryGetValue(name, out var original))
                headers.TryAddWithoutValidation(name, (IEnumerable<string>)original!);
        }

        var remote = http.Connection.RemoteIpAddress;
        if (remote is { IsIPv4MappedToIPv6: true })
            remote = remote.MapToIPv4();
        context.ProxyRequest.Options.Set(AjpRequestInfo.Key, new AjpRequestInfo
        {
            Protocol = http.Request.Protocol,
            RemoteAddr = remote?.ToString() ?? IPAddress.Loopback.ToString(),
            RemotePort = http.Connection.RemotePort,
            // UseCanonicalName Off: the name the client asked for.
            ServerName = http.Request.Host.Host,
            ServerPort = http.Connection.LocalPort,
            IsSsl = http.Request.IsHttps,
            Route = http.Features.Get<BalancerVariables>()?.SessionRoute,
            Host = http.Request.Headers.Host.Count > 0 ? http.Request.Headers.Host.ToString() : null,
        });
        return ValueTask.CompletedTask;
    }
}
