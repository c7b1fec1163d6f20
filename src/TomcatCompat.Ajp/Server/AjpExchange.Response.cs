using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using TomcatCompat.Ajp.Protocol;

namespace TomcatCompat.Ajp.Server;

// The response: SEND_HEADERS once, SEND_BODY_CHUNKs of at most packetSize − 8 bytes, END_RESPONSE.
internal sealed partial class AjpExchange
{
    private readonly AjpResponseFeature _response = new();
    private IHttpResponseBodyFeature? _responseBody;
    private bool _headersSent;

    public AjpResponseBodyStream ResponseBody { get; }

    public AjpResponseFeature Response => _response;

    /// <summary>Set when headers did not fit in one packet: the connection must close without END_RESPONSE.</summary>
    public bool HeadersTooLarge { get; private set; }

    public async ValueTask SendHeadersAsync()
    {
        if (_headersSent)
            return;
        await _response.StartAsync().ConfigureAwait(false);
        _headersSent = true;
        var headers = new List<KeyValuePair<string, string?>>(_response.Headers.Count + 1);
        foreach (var (name, values) in _response.Headers)
        {
            foreach (var value in values)
                headers.Add(KeyValuePair.Create(name, value));
        }

        // Tomcat sends the numeric status as the AJP status message; httpd shows "HTTP/1.1 200 200" (real-cluster README §1).
        var message = new AjpSendHeaders { Status = _response.StatusCode, Reason = _response.StatusCode.ToString(CultureInfo.InvariantCulture), Headers = [.. headers] };
        if (!message.TryEncode(_output.GetSpan(_packetSize)[.._packetSize], out var written))
        {
            HeadersTooLarge = true;
            Reusable = false;
            throw new IOException("AJP response headers do not fit in one packet of " + _packetSize.ToString(CultureInfo.InvariantCulture) + " bytes");
        }

        _output.Advance(written);
    }

    public async ValueTask WriteBodyAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        await SendHeadersAsync().ConfigureAwait(false);
        if (HttpMethods.IsHead(Method))
            return;
        var max = AjpConstants.MaxSendBodyChunk(_packetSize);
        while (!data.IsEmpty)
        {
            var piece = data[..Math.Min(max, data.Length)];
            AjpBodyChunk.TryEncodeSendBodyChunk(piece.Span, _output.GetSpan(_packetSize)[.._packetSize], out var written);
            _output.Advance(written);
            data = data[piece.Length..];
        }

        await FlushAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask FlushAsync(CancellationToken ct)
    {
        var result = await _output.FlushAsync(ct).ConfigureAwait(false);
        if (result.IsCompleted || result.IsCanceled)
        {
            Reusable = false;
            throw new IOException("the web server closed the AJP connection");
        }
    }

    /// <summary>Headers if not yet sent, the unread body chunk, END_RESPONSE with reuse when the connection stays usable.</summary>
    public async ValueTask EndAsync(CancellationToken ct)
    {
        await SendHeadersAsync().ConfigureAwait(false);
        if (Reusable)
            await SwallowBodyAsync(ct).ConfigureAwait(false);
        AjpControlMessages.TryEncodeEndResponse(Reusable, _output.GetSpan(AjpControlMessages.MaxLength), out var written);
        _output.Advance(written);
        await FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Ends the request with <paramref name="status"/> and an empty body, and asks the web server to close (Tomcat's CLOSE_CLEAN).</summary>
    public async ValueTask RefuseAsync(int status, CancellationToken ct)
    {
        _response.Reset(status);
        Reusable = false;
        await EndAsync(ct).ConfigureAwait(false);
    }
}
