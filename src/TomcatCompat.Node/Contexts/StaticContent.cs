using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace TomcatCompat.Node.Contexts;

/// <summary>
/// Tomcat's DefaultServlet, reduced: a file of the context directory with <c>Accept-Ranges: bytes</c>,
/// a weak <c>ETag W/"length-mtimeMillis"</c> and <c>Last-Modified</c>; WEB-INF and META-INF are never served.
/// </summary>
internal static class StaticContent
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    private static readonly string[] WelcomeFiles = ["index.html", "index.htm"];

    public static async Task WriteAsync(HttpContext http, NodeContext context, string relative, string fullPath)
    {
        var file = Resolve(context, relative);
        if (file is null)
        {
            await ErrorPage.WriteAsync(http, StatusCodes.Status404NotFound, fullPath).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD, OPTIONS";
            await ErrorPage.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, fullPath).ConfigureAwait(false);
            return;
        }

        var info = new FileInfo(file);
        var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        var etag = string.Create(CultureInfo.InvariantCulture, $"W/\"{info.Length}-{modified.ToUnixTimeMilliseconds()}\"");
        var response = http.Response;
        response.Headers.ETag = etag;
        if (string.Equals(http.Request.Headers.IfNoneMatch.ToString(), etag, StringComparison.Ordinal))
        {
            // Tomcat 10.1's 304 carries the ETag only (no Accept-Ranges, no Last-Modified): checked against tomcat10.
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.Headers.AcceptRanges = "bytes";
        response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);

        response.ContentType = Types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        response.ContentLength = info.Length;
        if (HttpMethods.IsHead(http.Request.Method))
            return;
        await response.SendFileAsync(file, http.RequestAborted).ConfigureAwait(false);
    }

    private static string? Resolve(NodeContext context, string relative)
    {
        if (context.Directory is null)
            return null;
        var trimmed = Uri.UnescapeDataString(relative).TrimStart('/');
        if (trimmed.Contains("..", StringComparison.Ordinal) || trimmed.Contains('\\', StringComparison.Ordinal) ||
            trimmed.StartsWith("WEB-INF", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("META-INF", StringComparison.OrdinalIgnoreCase))
            return null;
        var candidate = Path.Combine(context.Directory, trimmed);
        if (trimmed.Length == 0 || trimmed.EndsWith('/'))
        {
            foreach (var welcome in WelcomeFiles)
            {
                var index = Path.Combine(candidate, welcome);
                if (File.Exists(index))
                    return index;
            }

            return null;
        }

        return File.Exists(candidate) ? candidate : null;
    }
}
