using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

// The request body, as Tomcat's AjpProcessor reads it: with Content-Length > 0 the web server sends
// the first chunk unasked; every later chunk (and any chunk of a body of unknown length) is asked
// for with GET_BODY_CHUNK; an empty chunk ends the body.
internal sealed partial class AjpExchange
{
    private readonly long _contentLength;
    private ReadOnlyMemory<byte> _chunk;
    private long _received;
    private bool _first = true;
    private bool _waiting;
    private bool _endOfBody;

    public async ValueTask<int> ReadBodyAsync(Memory<byte> destination, CancellationToken ct)
    {
        if (_chunk.IsEmpty && !await FillAsync(ct).ConfigureAwait(false))
            return 0;
        var n = Math.Min(destination.Length, _chunk.Length);
        _chunk.Span[..n].CopyTo(destination.Span);
        _chunk = _chunk[n..];
        return n;
    }

    /// <summary>Reads the chunk the web server sent unasked (or was asked for) and nobody read, so the next packet is a message again.</summary>
    public async ValueTask SwallowBodyAsync(CancellationToken ct)
    {
        if (!_endOfBody && ((_first && _contentLength > 0) || _waiting))
        {
            _first = false;
            _waiting = true;
            await ReceiveChunkAsync(ct).ConfigureAwait(false);
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_endOfBody)
            return false;
        if (_first)
        {
            _first = false;
            if (_contentLength > 0)
                _waiting = true;
            else if (_contentLength == 0)
                return !(_endOfBody = true);
        }

        if (_contentLength >= 0 && _received >= _contentLength && !_waiting)
            return !(_endOfBody = true);
        if (!_waiting)
        {
            ct.ThrowIfCancellationRequested();
            var span = _output.GetSpan(AjpControlMessages.MaxLength);
            AjpControlMessages.TryEncodeGetBodyChunk(AjpConstants.MaxRequestBodyChunk(_packetSize), span, out var written);
            _output.Advance(written);
            await _output.FlushAsync(ct).ConfigureAwait(false);
            _waiting = true;
        }

        return await ReceiveChunkAsync(ct).ConfigureAwait(false);
    }

    private async ValueTask<bool> ReceiveChunkAsync(CancellationToken ct)
    {
        var packet = await _reader.ReadAsync(ct).ConfigureAwait(false);
        _waiting = false;
        if (!packet.IsPacket)
        {
            Reusable = false;
            throw new IOException("AJP request body: " + (packet.EndOfStream ? "the connection closed" : packet.Error.ToString()));
        }

        var error = AjpBodyChunk.TryDecodeRequestBody(packet.Payload.Span, out var data);
        if (error != AjpDecodeError.None)
        {
            Reusable = false;
            throw new IOException("AJP request body: " + error);
        }

        if (data.IsEmpty)
            return !(_endOfBody = true);
        _chunk = packet.Payload.Slice(2, data.Length);
        _received += data.Length;
        return true;
    }

}
