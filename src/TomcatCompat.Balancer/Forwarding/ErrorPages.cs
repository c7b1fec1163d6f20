using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// httpd 2.4.71's own error documents for the proxy's statuses (httpd-proxy.md §6.3): HTML 4.01
/// doctype, <c>text/html; charset=iso-8859-1</c>, 503 with <c>Connection: close</c>, 502 with the
/// reason phrase "Proxy Error". ServerSignature lines are not added. The 503 and 500 paragraphs break
/// lines with LF (checked byte for byte against apache2 by BalancerDifferentialTests); only 502 uses CRLF.
/// </summary>
internal static class ErrorPages
{
    private const string Head = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">\n<html><head>\n";

    internal const string ServiceUnavailable = Head
        + "<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n"
        + "<p>The server is temporarily unable to service your\nrequest due to maintenance downtime or capacity\nproblems. Please try again later.</p>\n</body></html>\n";

    internal const string ProxyError = Head
        + "<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n"
        + "<p>The proxy server received an invalid\r\nresponse from an upstream server.<br />\r\n"
        + "The proxy server could not handle the request<p>Reason: <strong>Error reading from remote server</strong></p></p>\n</body></html>\n";

    internal const string NotFound = Head
        + "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
        + "<p>The requested URL was not found on this server.</p>\n</body></html>\n";

    internal const string Forbidden = Head
        + "<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n"
        + "<p>You don't have permission to access this resource.</p>\n</body></html>\n";

    internal const string InternalServerError = Head
        + "<title>500 Internal Server Error</title>\n</head><body>\n<h1>Internal Server Error</h1>\n"
        + "<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\nyour request.</p>\n</body></html>\n";

    internal const string GatewayTimeout = Head
        + "<title>504 Gateway Timeout</title>\n</head><body>\n<h1>Gateway Timeout</h1>\n"
        + "<p>The gateway did not receive a timely response\nfrom the upstream server or application.</p>\n</body></html>\n";

    internal const string BadRequest = Head
        + "<title>400 Bad Request</title>\n</head><body>\n<h1>Bad Request</h1>\n"
        + "<p>Your browser sent a request that this server could not understand.<br />\n</p>\n</body></html>\n";

    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static Task WriteAsync(HttpContext context, int status, CancellationToken ct)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        response.Clear();
        response.StatusCode = status;
        var (body, reason) = status switch
        {
            503 => (ServiceUnavailable, "Service Unavailable"),
            502 => (ProxyError, "Proxy Error"),
            404 => (NotFound, "Not Found"),
            403 => (Forbidden, "Forbidden"),
            504 => (GatewayTimeout, "Gateway Timeout"),
            400 => (BadRequest, "Bad Request"),
            _ => (InternalServerError, "Internal Server Error"),
        };
        if (context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = reason;
        }

        if (status == 503)
        {
            response.Headers.Connection = "close";
        }

        response.ContentType = "text/html; charset=iso-8859-1";
        var bytes = Latin1.GetBytes(body);
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, ct).AsTask();
    }
}
