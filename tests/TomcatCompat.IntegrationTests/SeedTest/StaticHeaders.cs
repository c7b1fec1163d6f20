using System.Net.Http.Headers;

namespace TomcatCompat.IntegrationTests.SeedTest;

/// <summary>
/// What Tomcat's DefaultServlet and Mapper answer for a static file of a context (real-cluster README
/// observation 1: weak ETag <c>W/"size-mtimeMillis"</c>, Last-Modified, Accept-Ranges, 302 to add the
/// trailing slash, 304 on If-None-Match, the 404 page's headers), as comparable lines. Date, Server and
/// the 404 page's length (its footer names the server) are left out.
/// </summary>
internal static class StaticHeaders
{
    /// <summary>The file both sides serve, with the same content and modification time.</summary>
    public static void Write(string contextDirectory)
    {
        var file = Path.Combine(contextDirectory, "static.txt");
        File.WriteAllText(file, "ok\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
    }

    public static async Task<IReadOnlyList<string>> CaptureAsync(string baseUrl)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var lines = new List<string>();
        var etag = await Get(client, lines, "GET static.txt", baseUrl + "/test/static.txt", null);
        await Get(client, lines, "GET static.txt If-None-Match", baseUrl + "/test/static.txt", etag);
        await Get(client, lines, "HEAD-less GET /test", baseUrl + "/test", null);
        await Get(client, lines, "GET missing", baseUrl + "/test/missing.txt", null);
        return lines;
    }

    private static async Task<string?> Get(HttpClient client, List<string> lines, string name, string url, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        lines.Add(name + ": " + (int)response.StatusCode);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is "Accept-Ranges" or "ETag" or "Last-Modified" or "Content-Type" or "Location" or "Content-Language" or "Transfer-Encoding" ||
                        (h.Key == "Content-Length" && (int)response.StatusCode != 404))
            .Select(h => "  " + h.Key + ": " + string.Join(", ", h.Value))
            .Order(StringComparer.Ordinal);
        lines.AddRange(headers);
        if ((int)response.StatusCode == 200)
            lines.Add("  body: " + body.Replace("\n", "\\n", StringComparison.Ordinal));
        return response.Headers.ETag?.ToString();
    }
}
