using System.Collections.Immutable;
using System.Globalization;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// Builds the FORWARD_REQUEST mod_proxy_ajp sends (ajp_marshal_into_msgb, httpd 2.4): the client's
/// method, protocol, encoded path, remote address, server name and port, all request headers as
/// received (Host included), then the attributes query string, secret, session route and
/// <c>AJP_REMOTE_PORT</c>. remote_host is null (HostnameLookups Off), so Tomcat reports the address.
/// </summary>
internal static class AjpRequestEncoder
{
    public static AjpForwardRequest Build(HttpRequestMessage request, AjpRequestInfo? info, AjpClientOptions options)
    {
        var uri = request.RequestUri!;
        var headers = ImmutableArray.CreateBuilder<KeyValuePair<string, string?>>();
        var host = info?.Host ?? uri.Authority;
        if (!string.IsNullOrEmpty(host))
            headers.Add(KeyValuePair.Create("Host", (string?)host));
        foreach (var (name, values) in request.Headers.NonValidated)
        {
            if (!name.Equals("Host", StringComparison.OrdinalIgnoreCase))
                headers.Add(KeyValuePair.Create(name, (string?)values.ToString()));
        }

        if (request.Content is { } content)
        {
            // Reading ContentLength computes it for contents that know their size, so it is sent.
            _ = content.Headers.ContentLength;
            foreach (var (name, values) in content.Headers.NonValidated)
                headers.Add(KeyValuePair.Create(name, (string?)values.ToString()));
        }

        var attributes = ImmutableArray.CreateBuilder<AjpAttribute>(4);
        var query = uri.Query;
        if (query.Length > 1)
            attributes.Add(new AjpAttribute(AjpAttributeCode.QueryString, query[1..]));
        if (!string.IsNullOrEmpty(options.Secret))
            attributes.Add(new AjpAttribute(AjpAttributeCode.Secret, options.Secret));
        if (!string.IsNullOrEmpty(info?.Route))
            attributes.Add(new AjpAttribute(AjpAttributeCode.JvmRoute, info.Route));
        if (info is not null)
            attributes.Add(new AjpAttribute(AjpAttributeCode.ReqAttribute, info.RemotePort.ToString(CultureInfo.InvariantCulture), "AJP_REMOTE_PORT"));

        return new AjpForwardRequest
        {
            Method = request.Method.Method,
            Protocol = info?.Protocol ?? "HTTP/1.1",
            RequestUri = uri.AbsolutePath,
            RemoteAddr = info?.RemoteAddr ?? "127.0.0.1",
            RemoteHost = null,
            ServerName = info?.ServerName ?? uri.Host,
            ServerPort = info?.ServerPort ?? uri.Port,
            IsSsl = info?.IsSsl ?? false,
            Headers = headers.ToImmutable(),
            Attributes = attributes.ToImmutable(),
        };
    }

    /// <summary>mod_proxy_ajp's is_idempotent: GET, HEAD, PUT, DELETE, OPTIONS, TRACE without a query string may be retried on another member.</summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        var method = request.Method.Method;
        var idempotent = method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS" or "TRACE";
        return idempotent && request.RequestUri is { Query.Length: <= 1 };
    }

    /// <summary>A chunked request body is not announced: Tomcat asks for it with GET_BODY_CHUNK.</summary>
    public static bool IsChunked(HttpRequestMessage request) =>
        request.Headers.TransferEncodingChunked == true || request.Content is { Headers.ContentLength: null };
}
