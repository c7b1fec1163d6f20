using System.Globalization;
using System.Net.Sockets;
using TomcatCompat.Ajp.Client;
using TomcatCompat.Balancer.Mapping;
using Yarp.ReverseProxy.Forwarder;

namespace TomcatCompat.Balancer.Forwarding;

/// <summary>
/// YARP's client factory with httpd's connect behaviour: the member's <c>connectiontimeout</c> applies
/// to the TCP connect, and connect failures surface as <see cref="BackendConnectException"/> so the
/// failover logic can tell them from failures after the request was sent. A balancer with
/// <c>ajp://</c> members also gets the AJP client (<see cref="AjpSchemeHandler"/>).
/// </summary>
internal sealed class BalancerHttpClientFactory(TimeProvider time, BalancerRegistry registry) : ForwarderHttpClientFactory
{
    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler)
    {
        handler = base.WrapHandler(context, handler);
        if (!registry.TryGet(context.ClusterId, out var balancer)
            || !balancer.Members.Any(m => m.Spec.Scheme.Equals("ajp", StringComparison.OrdinalIgnoreCase)))
        {
            return handler;
        }

        var defaultSeconds = context.NewMetadata?.TryGetValue(MetadataKeys.DefaultTimeout, out var text) == true
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 60;
        var clusterId = context.ClusterId;
        var ajp = new AjpHttpMessageHandler((host, port) => OptionsFor(clusterId, host, port, defaultSeconds), time);
        return new AjpSchemeHandler(ajp, handler);
    }

    /// <summary>The first ajp:// member of the balancer at host:port (as the registry holds it when the pool is made).</summary>
    private AjpClientOptions OptionsFor(string clusterId, string host, int port, int defaultSeconds)
    {
        if (registry.TryGet(clusterId, out var balancer))
        {
            foreach (var member in balancer.Members)
            {
                var spec = member.Spec;
                if (spec.Port == port && spec.Scheme.Equals("ajp", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(spec.Host.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase))
                {
                    return AjpMemberOptions.From(spec, defaultSeconds);
                }
            }
        }

        return new AjpClientOptions { ReadTimeout = TimeSpan.FromSeconds(defaultSeconds), ConnectTimeout = TimeSpan.FromSeconds(defaultSeconds) };
    }

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
                return new BackendConnectionStream(socket);
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
