using System.Globalization;
using System.Net.Sockets;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy.Forwarder;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// YARP's client factory with httpd's connect behaviour: the member's <c>connectiontimeout</c> applies
/// to the TCP connect, and connect failures surface as <see cref="BackendConnectException"/> so the
/// failover logic can tell them from failures after the request was sent.
/// </summary>
internal sealed class BalancerHttpClientFactory(TimeProvider time) : ForwarderHttpClientFactory
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        var connectMs = 60_000L;
        if (context.NewMetadata?.TryGetValue(MetadataKeys.ConnectTimeoutMs, out var text) == true
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            connectMs = parsed;
        }

        var timeout = TimeSpan.FromMilliseconds(connectMs);
        handler.ConnectCallback = async (ctx, ct) =>
        {
            var endpoint = ctx.DnsEndPoint;
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using var timeoutCts = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
            try
            {
                await socket.ConnectAsync(endpoint, linked.Token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
            {
                socket.Dispose();
                throw new BackendConnectException($"{endpoint.Host}:{endpoint.Port}", timedOut: true, e);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                throw new BackendConnectException($"{endpoint.Host}:{endpoint.Port}", timedOut: false, e);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
    }
}
