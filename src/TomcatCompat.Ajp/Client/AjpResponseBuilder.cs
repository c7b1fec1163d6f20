using System.Net;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// SEND_HEADERS → <see cref="HttpResponseMessage"/> as httpd 2.4 turns it into a response: the AJP
/// status message becomes the reason phrase (Tomcat sends the number: "HTTP/1.1 200 200", real-cluster
/// README §1), and Content-Length and Transfer-Encoding are dropped because AJP frames the body
/// itself, so the front end re-chunks it (ajp_unmarshal_response since 2.4.x).
/// </summary>
internal static class AjpResponseBuilder
{
    public static HttpResponseMessage Build(HttpRequestMessage request, AjpSendHeaders headers, Stream body)
    {
        var content = new StreamContent(body);
        var response = new HttpResponseMessage((HttpStatusCode)headers.Status)
        {
            RequestMessage = request,
            Version = HttpVersion.Version11,
            ReasonPhrase = headers.Reason,
            Content = content,
        };
        foreach (var (name, value) in headers.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!response.Headers.TryAddWithoutValidation(name, value))
                content.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
