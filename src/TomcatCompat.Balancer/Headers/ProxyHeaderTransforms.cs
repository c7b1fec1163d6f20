using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using TomcatCompat.Balancer.Forwarding;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy.Transforms;

namespace TomcatCompat.Balancer.Headers;

/// <summary>
/// What mod_proxy_http does to headers beyond YARP's defaults (httpd-proxy.md §6.1, §6.2, §2.11):
/// hop-by-hop headers (including those the Connection header names) removed both ways,
/// Proxy-Authorization kept (YARP drops it, httpd forwards it), <c>ProxyVia</c>, and
/// <c>ProxyPassReverse*</c> on Location, Content-Location, URI, Destination and Set-Cookie.
/// </summary>
internal static class ProxyHeaderTransforms
{
    private static readonly string[] HopByHop = ["Keep-Alive", "Proxy-Connection", "TE", "Trailer"];

    public static ValueTask ApplyRequestAsync(RequestTransformContext context)
    {
        var request = context.HttpContext.Request;
        var headers = context.ProxyRequest.Headers;
        foreach (var name in HopByHop)
        {
            headers.Remove(name);
        }

        if (request.Headers.Connection.Count > 0)
        {
            foreach (var name in ConnectionTokens(request.Headers.Connection))
            {
                headers.Remove(name);
                context.ProxyRequest.Content?.Headers.Remove(name);
            }
        }

        if (request.Headers.TryGetValue(HeaderNames.ProxyAuthorization, out var auth) && !headers.Contains(HeaderNames.ProxyAuthorization))
        {
            headers.TryAddWithoutValidation(HeaderNames.ProxyAuthorization, (IEnumerable<string>)auth!);
        }

        if (context.HttpContext.Features.Get<BalancerRequest>()?.Scope is { } scope && scope.Via != ProxyViaMode.Off)
        {
            headers.Remove(HeaderNames.Via);
            if (scope.Via != ProxyViaMode.Block)
            {
                var via = ViaValue(context.HttpContext, scope, ProtocolVersion(request.Protocol));
                var incoming = request.Headers.Via;
                headers.TryAddWithoutValidation(HeaderNames.Via, incoming.Count > 0 ? incoming.ToString() + ", " + via : via);
            }
        }

        return ValueTask.CompletedTask;
    }

    public static ValueTask ApplyResponseAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse is not { } proxyResponse)
        {
            return ValueTask.CompletedTask;
        }

        var response = context.HttpContext.Response.Headers;
        foreach (var name in HopByHop)
        {
            response.Remove(name);
        }

        if (proxyResponse.Headers.NonValidated.TryGetValues(HeaderNames.Connection, out var connection))
        {
            foreach (var value in connection)
            {
                foreach (var name in ConnectionTokens(value))
                {
                    response.Remove(name);
                }
            }
        }

        if (context.HttpContext.Features.Get<BalancerRequest>()?.Scope is not { } scope)
        {
            return ValueTask.CompletedTask;
        }

        var map = scope.Reverse;
        if (map.HasLocationRules)
        {
            var serverUrl = ServerUrl(context.HttpContext, scope);
            Rewrite(response, HeaderNames.Location, map, serverUrl);
            Rewrite(response, HeaderNames.ContentLocation, map, serverUrl);
            Rewrite(response, "URI", map, serverUrl);
            Rewrite(response, "Destination", map, serverUrl);
        }

        if (map.HasCookieRules && response.TryGetValue(HeaderNames.SetCookie, out var cookies))
        {
            var rewritten = new string?[cookies.Count];
            for (var i = 0; i < cookies.Count; i++)
            {
                rewritten[i] = map.MapCookie(cookies[i] ?? "");
            }

            response.SetCookie = rewritten;
        }

        if (scope.Via is ProxyViaMode.On or ProxyViaMode.Full)
        {
            var version = proxyResponse.Version.ToString(2);
            response.Append(HeaderNames.Via, ViaValue(context.HttpContext, scope, version));
        }

        return ValueTask.CompletedTask;
    }

    private static void Rewrite(IHeaderDictionary headers, string name, ReverseMap map, string serverUrl)
    {
        if (headers.TryGetValue(name, out var value) && value.Count == 1 && map.MapLocation(value[0] ?? "", serverUrl) is { } mapped)
        {
            headers[name] = mapped;
        }
    }

    /// <summary>httpd <c>ap_construct_url</c> with UseCanonicalName Off: the Host header's name and port (default 80 omitted).</summary>
    internal static string ServerUrl(HttpContext context, ScopeSettings scope)
    {
        var host = context.Request.Host;
        var name = host.HasValue ? host.Host : scope.ServerName ?? context.Connection.LocalIpAddress?.ToString() ?? "localhost";
        var port = host.Port ?? (host.HasValue ? scope.ServerPort : scope.ServerPort ?? context.Connection.LocalPort);
        if (name.Contains(':') && !name.StartsWith('['))
        {
            name = "[" + name + "]";
        }

        return port is null or 80 ? "http://" + name : string.Create(CultureInfo.InvariantCulture, $"http://{name}:{port}");
    }

    /// <summary><c>1.1 servername[:port]</c>, plus a product comment for <c>ProxyVia Full</c>.</summary>
    private static string ViaValue(HttpContext context, ScopeSettings scope, string version)
    {
        var name = scope.ServerName ?? context.Request.Host.Host;
        var port = context.Connection.LocalPort;
        var text = port is 80 or 0 ? version + " " + name : string.Create(CultureInfo.InvariantCulture, $"{version} {name}:{port}");
        return scope.Via == ProxyViaMode.Full ? text + " (TomcatCompat)" : text;
    }

    private static string ProtocolVersion(string protocol) =>
        protocol.StartsWith("HTTP/", StringComparison.Ordinal) ? (protocol.Length == 6 ? protocol[5..] + ".0" : protocol[5..]) : "1.1";

    private static IEnumerable<string> ConnectionTokens(Microsoft.Extensions.Primitives.StringValues values)
    {
        foreach (var value in values)
        {
            foreach (var token in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!token.Equals("close", StringComparison.OrdinalIgnoreCase) && !token.Equals("keep-alive", StringComparison.OrdinalIgnoreCase))
                {
                    yield return token;
                }
            }
        }
    }
}
