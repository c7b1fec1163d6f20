using System.Text;
using Microsoft.AspNetCore.Http;

namespace TomcatCompat.Balancer.Manager;

/// <summary>
/// The balancer-manager's inputs (httpd-proxy.md §3.10): the query string for GET, the first 1024 bytes
/// of a form body for POST, every value URL-decoded twice. httpd 2.4.41+ drops every parameter unless the
/// request carries a Referer whose host is this server's name.
/// </summary>
internal static class ManagerParameters
{
    private const int MaxBody = 1024;

    public static async Task<Dictionary<string, string>> ReadAsync(HttpContext context)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!IsSameHostReferer(context.Request))
        {
            return result;
        }

        string raw;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var buffer = new byte[MaxBody];
            var read = 0;
            while (read < MaxBody)
            {
                var n = await context.Request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            raw = Encoding.Latin1.GetString(buffer, 0, read);
        }
        else
        {
            raw = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "";
        }

        Parse(raw, result);
        return result;
    }

    internal static void Parse(string raw, Dictionary<string, string> into)
    {
        foreach (var pair in raw.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Decode(Decode(eq < 0 ? pair : pair[..eq]));
            var value = eq < 0 ? "" : Decode(Decode(pair[(eq + 1)..]));
            into[key] = value;
        }
    }

    /// <summary>The Referer check of 2.4.41+: its host must equal the server name (the Host header's name).</summary>
    internal static bool IsSameHostReferer(HttpRequest request)
    {
        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0
            && Uri.TryCreate(referer, UriKind.Absolute, out var uri)
            && uri.Host.Trim('[', ']').Equals(request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
