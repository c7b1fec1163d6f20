namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// One YARP cluster's handler when the balancer has <c>ajp://</c> members: those requests go to the
/// AJP client, the others (a balancer may mix schemes) to YARP's SocketsHttpHandler.
/// </summary>
internal sealed class AjpSchemeHandler(HttpMessageHandler ajp, HttpMessageHandler http) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _ajp = new(ajp, disposeHandler: true);
    private readonly HttpMessageInvoker _http = new(http, disposeHandler: true);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        IsAjp(request.RequestUri) ? _ajp.SendAsync(request, cancellationToken) : _http.SendAsync(request, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        IsAjp(request.RequestUri) ? _ajp.Send(request, cancellationToken) : _http.Send(request, cancellationToken);

    internal static bool IsAjp(Uri? uri) => uri is not null && uri.Scheme.Equals("ajp", StringComparison.OrdinalIgnoreCase);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ajp.Dispose();
            _http.Dispose();
        }

        base.Dispose(disposing);
    }
}
