using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Client;

// The body halves of the exchange: request body chunks out, response body chunks in.
internal sealed partial class AjpExchange
{
    private ReadOnlyMemory<byte> _chunk;
    private bool _ended;

    /// <summary>
    /// Sends the next request body chunk of at most <paramref name="max"/> bytes. At the end of the
    /// body an asked-for chunk is the empty packet; httpd's unasked first chunk is then not sent.
    /// </summary>
    private async ValueTask<int> SendBodyChunkAsync(int max, bool first, CancellationToken ct)
    {
        var connection = _connection!;
        var length = 0;
        if (_body is { } body)
        {
            try
            {
                length = await body.ReadAsync(_scratch.AsMemory(0, Math.Min(max, MaxBodyChunk)), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                throw new AjpBackendException(AjpFailure.BadRequest, "reading the request body from the client failed: " + e.Message, e);
            }
        }

        if (length == 0 && first)
            return 0;
        AjpBodyChunk.TryEncodeRequestBody(_scratch.AsSpan(0, length), connection.Output.GetSpan(length + 6), out var written);
        connection.Output.Advance(written);
        await connection.FlushAsync(ct).ConfigureAwait(false);
        _bodySent |= length > 0;
        return length;
    }

    /// <summary>GET_BODY_CHUNK: the next chunk, or the empty packet once; asking again after the end is a backend error ("read after end").</summary>
    private async ValueTask AnswerGetBodyChunkAsync(ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        if (AjpControlMessages.TryDecodeGetBodyChunk(payload.Span, out var requested) != AjpDecodeError.None)
            throw Failed($"malformed GET_BODY_CHUNK from {_pool.Endpoint}", null);
        if (_body is { Ended: true } || (_body is null && _ended))
            throw Failed($"{_pool.Endpoint} asked for more request body after its end", null);
        _ended = _body is null;
        try
        {
            await SendBodyChunkAsync(requested, first: false, ct).ConfigureAwait(false);
        }
        catch (IOException e) when (e is not AjpBackendException)
        {
            throw Failed($"send failed to {_pool.Endpoint}", e);
        }
    }

    /// <summary>
    /// The response body: SEND_BODY_CHUNK data (an empty one is a flush), GET_BODY_CHUNK answered on
    /// the way, END_RESPONSE ends it and returns the connection to the pool when reuse=1. A failure
    /// here comes after the headers, so the client connection can only be aborted.
    /// </summary>
    internal async ValueTask<int> ReadBodyAsync(Memory<byte> buffer, CancellationToken ct)
    {
        while (true)
        {
            if (!_chunk.IsEmpty)
            {
                var n = Math.Min(buffer.Length, _chunk.Length);
                _chunk.Span[..n].CopyTo(buffer.Span);
                _chunk = _chunk[n..];
                return n;
            }

            if (Volatile.Read(ref _finished) != 0)
                return 0;
            var packet = await ReadBodyPacketAsync(ct).ConfigureAwait(false);
            var payload = packet.Payload;
            switch (AjpFraming.PeekType(payload.Span))
            {
                case AjpMessageType.SendBodyChunk:
                    if (AjpBodyChunk.TryDecodeSendBodyChunk(payload.Span, out var data) != AjpDecodeError.None)
                        throw Broken($"malformed SEND_BODY_CHUNK from {_pool.Endpoint}", null);
                    // The data is a slice of the reader's buffer, valid until the next read.
                    _chunk = payload.Slice(3, data.Length);
                    break;
                case AjpMessageType.GetBodyChunk:
                    await AnswerGetBodyChunkAsync(payload, ct).ConfigureAwait(false);
                    break;
                case AjpMessageType.EndResponse:
                    if (AjpControlMessages.TryDecodeEndResponse(payload.Span, out var reuse) != AjpDecodeError.None)
                        throw Broken($"malformed END_RESPONSE from {_pool.Endpoint}", null);
                    Finish(reuse);
                    return 0;
                case AjpMessageType.SendHeaders:
                    throw Broken($"{_pool.Endpoint} sent headers twice", null);
                default:
                    throw Broken($"unexpected AJP message in the response body from {_pool.Endpoint}", null);
            }
        }
    }

    private async ValueTask<AjpPacket> ReadBodyPacketAsync(CancellationToken ct)
    {
        AjpPacket packet;
        try
        {
            packet = await _connection!.ReadAsync(Options.ReadTimeout, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            throw Broken($"reading the response body from {_pool.Endpoint} failed: {e.Message}", e);
        }

        return packet.IsPacket
            ? packet
            : throw Broken(packet.EndOfStream ? $"{_pool.Endpoint} closed the connection inside the response" : $"bad AJP packet from {_pool.Endpoint}: {packet.Error}", null);
    }

    private AjpBackendException Broken(string message, Exception? inner)
    {
        Finish(reuse: false);
        return new AjpBackendException(AjpFailure.Broken, message, inner);
    }
}
