using System.Collections.Concurrent;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that speaks AJP/1.3 to the endpoint in each request's
/// <c>ajp://host:port/path</c> URI, so YARP's per-cluster <see cref="HttpMessageInvoker"/> can forward
/// to Tomcat's AJP connector as mod_proxy_ajp does. One connection pool per endpoint, created with the
/// options <c>optionsFor</c> gives for it on first use. Failures are <see cref="AjpBackendException"/>s
/// carrying the status httpd would answer.
/// </summary>
public sealed class AjpHttpMessageHandler(Func<string, int, AjpClientOptions> optionsFor, TimeProvider? time = null) : HttpMessageHandler
{
    /// <summary>mod_proxy_ajp's default port when an <c>ajp://</c> URL has none.</summary>
    public const int DefaultPort = 8009;

    private readonly Func<string, int, AjpClientOptions> _optionsFor = optionsFor;
    private readonly ConcurrentDictionary<(string Host, int Port), AjpConnectionPool> _pools = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private volatile bool _disposed;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var uri = request.RequestUri ?? throw new InvalidOperationException("the request has no URI");
        var port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port;
        var pool = _pools.GetOrAdd((uri.IdnHost, port), static (key, self) => new AjpConnectionPool(key.Host, key.Port, self._optionsFor(key.Host, key.Port), self._time), this);
        request.Options.TryGetValue(AjpRequestInfo.Key, out var info);
        var forward = AjpRequestEncoder.Build(request, info, pool.Options);
        return AjpExchange.SendAsync(pool, request, forward, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            foreach (var pool in _pools.Values)
                pool.Dispose();
            _pools.Clear();
        }

        base.Dispose(disposing);
    }
}
