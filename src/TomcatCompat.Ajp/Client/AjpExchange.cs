using System.Buffers;
using System.Net;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Client;

/// <summary>
/// One request on one pooled connection, as mod_proxy_ajp runs it (proxy_ajp_handler and
/// ap_proxy_ajp_request): connect or reuse, CPING when <c>ping=</c> is set (a failed CPONG closes the
/// connection and tries once more on a new one), FORWARD_REQUEST, the first body chunk unasked unless
/// the body is chunked, then packets until SEND_HEADERS. The response body is read later through
/// <see cref="AjpResponseStream"/>, which answers further GET_BODY_CHUNKs too.
/// </summary>
internal sealed partial class AjpExchange : IDisposable
{
    private readonly AjpConnectionPool _pool;
    private readonly HttpRequestMessage _request;
    private readonly bool _idempotent;
    private readonly byte[] _scratch;
    private AjpConnection? _connection;
    private AjpRequestBody? _body;
    private bool _bodySent;
    private int _finished;

    private AjpExchange(AjpConnectionPool pool, HttpRequestMessage request)
    {
        _pool = pool;
        _request = request;
        _idempotent = AjpRequestEncoder.IsIdempotent(request);
        _scratch = ArrayPool<byte>.Shared.Rent(pool.Options.PacketSize);
    }

    private AjpClientOptions Options => _pool.Options;

    private int MaxBodyChunk => AjpConstants.MaxRequestBodyChunk(Options.PacketSize);

    public static async Task<HttpResponseMessage> SendAsync(AjpConnectionPool pool, HttpRequestMessage request, AjpForwardRequest forward, CancellationToken ct)
    {
        var exchange = new AjpExchange(pool, request);
        try
        {
            return await exchange.StartAsync(forward, ct).ConfigureAwait(false);
        }
        catch
        {
            exchange.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> StartAsync(AjpForwardRequest forward, CancellationToken ct)
    {
        var connection = _connection = await ConnectAsync(ct).ConfigureAwait(false);
        if (!forward.TryEncode(connection.Output, Options.PacketSize))
            throw new AjpBackendException(AjpFailure.BadRequest, $"the request headers of {forward.RequestUri} do not fit in one AJP packet of {Options.PacketSize} bytes");
        try
        {
            await connection.FlushAsync(ct).ConfigureAwait(false);
            if (_request.Content is { } content)
            {
                _body = new AjpRequestBody(content);
                // httpd sends the first chunk without being asked, except for a chunked body.
                if (!AjpRequestEncoder.IsChunked(_request))
                {
                    var sent = await SendBodyChunkAsync(MaxBodyChunk, first: true, ct).ConfigureAwait(false);
                    if (sent == 0 && content.Headers.ContentLength > 0)
                        throw new AjpBackendException(AjpFailure.BadRequest, $"the client sent no body although Content-Length is {content.Headers.ContentLength}");
                }
            }
        }
        catch (IOException e) when (e is not AjpBackendException)
        {
            throw Failed($"request failed to {_pool.Endpoint}", e);
        }

        for (var first = true; ; first = false)
        {
            var packet = await ReadBeforeHeadersAsync(connection, first, ct).ConfigureAwait(false);
            var payload = packet.Payload.Span;
            switch (AjpFraming.PeekType(payload))
            {
                case AjpMessageType.SendHeaders:
                    if (AjpSendHeaders.TryDecode(payload, out var headers) != AjpDecodeError.None)
                        throw Failed($"malformed SEND_HEADERS from {_pool.Endpoint}", null);
                    return AjpResponseBuilder.Build(_request, headers!, new AjpResponseStream(this));
                case AjpMessageType.GetBodyChunk:
                    await AnswerGetBodyChunkAsync(packet.Payload, ct).ConfigureAwait(false);
                    break;
                case AjpMessageType.SendBodyChunk when AjpBodyChunk.TryDecodeSendBodyChunk(payload, out var data) == AjpDecodeError.None && data.IsEmpty:
                    // "Ignoring flush message received before headers"
                    break;
                default:
                    throw Failed($"unexpected AJP message {payload.Length switch { 0 => "(empty)", _ => payload[0].ToString(System.Globalization.CultureInfo.InvariantCulture) }} before SEND_HEADERS from {_pool.Endpoint}", null);
            }
        }
    }

    /// <summary>A pooled or new connection, proven alive by CPING/CPONG when ping= is set; the second failure is 503.</summary>
    private async ValueTask<AjpConnection> ConnectAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = await _pool.RentAsync(fresh: attempt > 0, ct).ConfigureAwait(false);
            if (Options.Ping is not { } ping || await connection.PingAsync(ping, ct).ConfigureAwait(false))
                return connection;
            _pool.Return(connection, reuse: false);
            if (attempt > 0 || ct.IsCancellationRequested)
                throw new AjpBackendException(AjpFailure.Unavailable, $"cping/cpong failed to {_pool.Endpoint}: no CPONG within {ping.TotalMilliseconds} ms");
        }
    }

    private async ValueTask<AjpPacket> ReadBeforeHeadersAsync(AjpConnection connection, bool first, CancellationToken ct)
    {
        AjpPacket packet;
        try
        {
            packet = await connection.ReadAsync(Options.ReadTimeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            // "a request that caused a back-end timeout, but doesn't affect the whole worker"
            if (first && Options.Ping is not null)
                throw new AjpBackendException(AjpFailure.GatewayTimeout, $"read response timed out from {_pool.Endpoint}", e);
            throw Failed($"read response timed out from {_pool.Endpoint}", e);
        }
        catch (IOException e)
        {
            throw Failed($"read response failed from {_pool.Endpoint}", e);
        }

        if (!packet.IsPacket)
            throw Failed(packet.EndOfStream ? $"{_pool.Endpoint} closed the connection before the response" : $"bad AJP packet from {_pool.Endpoint}: {packet.Error}", null);
        return packet;
    }

    /// <summary>httpd: 503 (fail over) when no body was sent and the method is idempotent, else 500.</summary>
    private AjpBackendException Failed(string message, Exception? inner) =>
        new(!_bodySent && _idempotent ? AjpFailure.Unavailable : AjpFailure.Internal, message, inner);

    public void Dispose() => Finish(reuse: false);

    /// <summary>Ends the exchange once: the connection goes back to the pool (END_RESPONSE reuse=1) or is closed.</summary>
    private void Finish(bool reuse)
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0)
            return;
        _body?.Dispose();
        if (_connection is { } connection)
            _pool.Return(connection, reuse);
        ArrayPool<byte>.Shared.Return(_scratch);
    }
}
