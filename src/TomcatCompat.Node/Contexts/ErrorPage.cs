using System.Net;
using Microsoft.AspNetCore.Http;

namespace TomcatCompat.Node.Contexts;

/// <summary>Tomcat's ErrorReportValve page (shape and headers as Tomcat 10.1 sends them).</summary>
internal static class ErrorPage
{
    public static Task WriteAsync(HttpContext http, int status, string path)
    {
        var (title, description) = status switch
        {
            StatusCodes.Status404NotFound => ("Not Found", "The origin server did not find a current representation for the target resource or is not willing to disclose that one exists."),
            StatusCodes.Status405MethodNotAllowed => ("Method Not Allowed", "The method received in the request-line is known by the origin server but not supported by the target resource."),
            _ => ("Internal Server Error", "The server encountered an unexpected condition that prevented it from fulfilling the request."),
        };
        var message = status == StatusCodes.Status404NotFound
            ? "The requested resource [" + WebUtility.HtmlEncode(path).Replace("/", "&#47;", StringComparison.Ordinal) + "] is not available"
            : title;
        var head = $"HTTP Status {status} – {title}";
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html;charset=utf-8";
        http.Response.Headers.ContentLanguage = "en";
        var page = System.Text.Encoding.UTF8.GetBytes(
            "<!doctype html><html lang=\"en\"><head><title>" + head + "</title></head><body><h1>" + head +
            "</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p><p><b>Message</b> " + message +
            "</p><p><b>Description</b> " + description + "</p><hr class=\"line\" /><h3>TomcatCompat</h3></body></html>");
        // Tomcat sends its error page with a Content-Length, not chunked.
        http.Response.ContentLength = page.Length;
        return http.Response.Body.WriteAsync(page).AsTask();
    }
}
